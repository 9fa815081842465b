using System.Globalization;
using PodConnect.Domain;
using PodConnect.Errors;
using PodConnect.Gelato.Models;
using PodConnect.Providers;

namespace PodConnect.Gelato.Internal;

/// <summary>Maps between the provider-neutral models and Gelato's wire models.</summary>
internal static class GelatoMapping
{
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
        };
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
                if (product.Price is { } price && product.Currency is { Length: 3 } currency)
                {
                    var money = new Money(price, currency);
                    products = products is { } sum && sum.Currency == money.Currency ? sum + money : products ?? money;
                }
            }

            foreach (var method in (quote.ShipmentMethods ?? []).OfType<GelatoQuotedShipmentMethod>())
            {
                if (method.ShipmentMethodUid is null || method.Price is not { } price || method.Currency is not { Length: 3 } currency)
                {
                    continue;
                }

                options.Add(new PodShippingOption(method.ShipmentMethodUid, method.Name ?? method.ShipmentMethodUid, new Money(price, currency))
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
        var (first, last) = SplitName(request.Recipient.Name);
        var lines = request.ShipTo.Lines;
        return new GelatoAddress
        {
            FirstName = first,
            LastName = last,
            AddressLine1 = lines.Count > 0 ? lines[0] : null,
            AddressLine2 = lines.Count > 1 ? string.Join(", ", lines.Skip(1)) : null,
            City = request.ShipTo.City,
            PostCode = request.ShipTo.PostalCode,
            State = request.ShipTo.Subdivision?.Local ?? request.ShipTo.Region,
            Country = request.ShipTo.Country.Value,
            Email = request.Recipient.Email,
            Phone = request.Recipient.Phone,
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
