using System.Globalization;
using PodConnect.Domain;
using PodConnect.Errors;
using PodConnect.Gelato.Models;
using PodConnect.Providers;

namespace PodConnect.Gelato.Internal;

/// <summary>Maps between the provider-neutral models and Gelato's wire models.</summary>
internal static class GelatoMapping
{
    private static readonly string[] AddressLineFields = ["shippingAddress.addressLine1", "shippingAddress.addressLine2"];

    public static GelatoCreateOrderRequest ToCreateRequest(PodOrderRequest request, string customerReferenceId) => new()
    {
        OrderType = request.AsDraft ? GelatoOrderTypes.Draft : GelatoOrderTypes.Order,
        OrderReferenceId = request.ExternalId,
        CustomerReferenceId = customerReferenceId,
        Currency = request.Currency,
        Items = [.. request.Lines.Select(ToItem)],
        ShipmentMethodUid = request.ShippingMethod,
        ShippingAddress = ToAddress(request),
    };

    public static GelatoQuoteRequest ToQuoteRequest(PodOrderRequest request, string customerReferenceId) => new()
    {
        OrderReferenceId = request.ExternalId,
        CustomerReferenceId = customerReferenceId,
        Currency = request.Currency,
        AllowMultipleQuotes = true,
        Recipient = ToAddress(request),
        Products = [.. request.Lines.Select(ToItem)],
    };

    public static PodOrder ToPodOrder(GelatoOrder order)
    {
        if (string.IsNullOrEmpty(order.Id))
        {
            throw new MalformedResponseException("Gelato returned an order without an 'id'.", new RemoteErrorDetails(GelatoClient.ServiceName));
        }

        var status = order.FulfillmentStatus ?? new GelatoFulfillmentStatus(order.OrderType ?? string.Empty);
        var shipments = (order.Shipment?.Packages ?? []).OfType<GelatoPackage>()
            .Where(p => p.TrackingCode is not null || p.TrackingUrl is not null)
            .Select(p => new PodShipment(p.Id, order.Shipment!.ShipmentMethodName ?? order.Shipment.ShipmentMethodUid, p.TrackingCode, ToUri(p.TrackingUrl)))
            .ToList();
        return new PodOrder(GelatoClient.ServiceName, order.Id, order.OrderReferenceId, GelatoStatusMapper.Map(status), status.Value, shipments)
        {
            IsDraft = string.Equals(order.OrderType, GelatoOrderTypes.Draft, StringComparison.OrdinalIgnoreCase),
            CreatedAt = order.CreatedAt,
            Cost = Charged(order.Receipts),
        };
    }

    /// <summary>
    /// What Gelato charges for the order: the VAT-inclusive totals of its purchase receipts, less its
    /// refund receipts; <see langword="null"/> when there is no receipt yet (drafts) or the receipts mix
    /// currencies or lack totals. The same meaning as Printful's <c>costs.total</c>.
    /// </summary>
    public static Money? Charged(IReadOnlyList<GelatoReceipt>? receipts)
    {
        var amounts = new List<Money>();
        foreach (var receipt in (receipts ?? []).OfType<GelatoReceipt>())
        {
            if (PodMoney.From(receipt.TotalInclVat, receipt.Currency) is not { } total)
            {
                return null;
            }

            amounts.Add(string.Equals(receipt.TransactionType, "refund", StringComparison.OrdinalIgnoreCase) ? new Money(-total.Amount, total.Currency) : total);
        }

        return PodMoney.Sum(amounts);
    }

    public static PodQuote ToPodQuote(GelatoQuoteResponse response)
    {
        var quotes = response.Quotes ?? throw new MalformedResponseException("Gelato returned a quote response without 'quotes'.", new RemoteErrorDetails(GelatoClient.ServiceName));
        Money? products = null;
        var options = new List<PodShippingOption>();
        foreach (var quote in quotes.OfType<GelatoQuote>())
        {
            CountryCode? country = CountryCode.TryParse(quote.FulfillmentCountry, out var parsed) ? parsed : null;
            foreach (var product in (quote.Products ?? []).OfType<GelatoQuotedProduct>())
            {
                if (PodMoney.From(product.Price, product.Currency) is { } money)
                {
                    products = products is { } sum && sum.Currency == money.Currency ? sum + money : products ?? money;
                }
            }

            foreach (var method in (quote.ShipmentMethods ?? []).OfType<GelatoQuotedShipmentMethod>())
            {
                if (method.ShipmentMethodUid is null || PodMoney.From(method.Price, method.Currency) is not { } price)
                {
                    continue;
                }

                options.Add(new PodShippingOption(method.ShipmentMethodUid, method.Name ?? method.ShipmentMethodUid, price)
                {
                    MinDeliveryDays = method.MinDeliveryDays,
                    MaxDeliveryDays = method.MaxDeliveryDays,
                    MinDeliveryDate = method.MinDeliveryDate,
                    MaxDeliveryDate = method.MaxDeliveryDate,
                    ProductionCountry = country,
                });
            }
        }

        return new PodQuote(GelatoClient.ServiceName, products, [.. options.OrderBy(o => o.Price.Amount)]);
    }

    public static Uri? ToUri(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : null;

    private static GelatoOrderItemRequest ToItem(PodOrderLine line) => new()
    {
        ItemReferenceId = line.LineId,
        ProductUid = line.ProductId,
        Quantity = line.Quantity,
        Files = line.Files.Count == 0 ? null : [.. line.Files.Select(f => new GelatoFile { Type = f.Placement, Url = f.Url.AbsoluteUri })],
    };

    private static GelatoAddress ToAddress(PodOrderRequest request)
    {
        const string provider = GelatoClient.ServiceName;
        var (first, last) = SplitName(request.Recipient.Name);
        var lines = PodFieldRules.Wrap(provider, AddressLineFields, request.ShipTo.Lines, GelatoFieldLimits.AddressLine);
        return new GelatoAddress
        {
            FirstName = PodFieldRules.Fit(provider, "shippingAddress.firstName", PodFieldRules.Required(provider, "shippingAddress.firstName", first), GelatoFieldLimits.Name),
            LastName = PodFieldRules.Fit(provider, "shippingAddress.lastName", PodFieldRules.Required(provider, "shippingAddress.lastName", last), GelatoFieldLimits.Name),
            AddressLine1 = PodFieldRules.Required(provider, "shippingAddress.addressLine1", lines[0]),
            AddressLine2 = lines[1],
            City = PodFieldRules.Fit(provider, "shippingAddress.city", PodFieldRules.Required(provider, "shippingAddress.city", request.ShipTo.City), GelatoFieldLimits.City),
            PostCode = PodFieldRules.Fit(provider, "shippingAddress.postCode", request.ShipTo.PostalCode, GelatoFieldLimits.PostCode),
            State = request.ShipTo.Subdivision?.Local ?? request.ShipTo.Region,
            Country = request.ShipTo.Country.Value,
            Email = request.Recipient.Email,
            Phone = PodFieldRules.Fit(provider, "shippingAddress.phone", request.Recipient.Phone, GelatoFieldLimits.Phone),
        };
    }

    // Gelato wants first and last name apart; marketplaces give one string. The last word is the
    // last name; a single word is used for both so neither required field is empty.
    private static (string First, string Last) SplitName(string name)
    {
        var trimmed = name.Trim();
        var space = trimmed.LastIndexOf(' ');
        return space <= 0 ? (trimmed, trimmed) : (trimmed[..space].Trim(), trimmed[(space + 1)..]);
    }

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
