using PodConnect.Domain;
using PodConnect.Errors;
using PodConnect.Prodigi.Models;
using PodConnect.Providers;

namespace PodConnect.Prodigi.Internal;

/// <summary>
/// Maps between the provider-neutral models and Prodigi's. Lists from the wire may hold JSON <c>null</c>
/// elements; they are skipped (<c>OfType</c>), never dereferenced. Field rule (docs/providers.md): Prodigi
/// requires <c>recipient.name</c>, <c>address.line1</c>, <c>postalOrZipCode</c>, <c>townOrCity</c> and
/// <c>countryCode</c> and publishes no lengths (it shortens long names for couriers itself); street
/// lines beyond two are joined onto <c>line2</c> (<see cref="PodFieldRules"/>). A missing required value is a
/// <see cref="PodFieldLimitException"/> naming the field, raised before anything is sent.
/// </summary>
internal static class ProdigiMapping
{
    private const string Provider = ProdigiClient.ServiceName;

    public static ProdigiCreateOrderRequest ToCreateRequest(PodOrderRequest request, ProdigiClientOptions options) => new()
    {
        MerchantReference = request.ExternalId,
        IdempotencyKey = IdempotencyKey(request.ExternalId),
        ShippingMethod = new ProdigiShippingMethod(request.ShippingMethod ?? options.DefaultShippingMethod),
        CallbackUrl = CallbackUrl(options),
        Recipient = ToRecipient(request),
        Items = [.. request.Lines.Select(l => ToItem(l, options.Sizing))],
    };

    public static ProdigiQuoteRequest ToQuoteRequest(PodOrderRequest request) => new()
    {
        ShippingMethod = request.ShippingMethod is { } method ? new ProdigiShippingMethod(method) : null,
        DestinationCountryCode = request.ShipTo.Country.Value,
        CurrencyCode = request.Currency,
        Items = [.. request.Lines.Select(l => ToItem(l, sizing: null))],
    };

    /// <summary>The idempotency key of an order: fixed by our external id, so every retry and every instance sends the same one.</summary>
    public static string IdempotencyKey(string externalId) => "podconnect:" + externalId;

    public static PodOrder ToPodOrder(ProdigiOrder order, string? rawStatusWhenMissing = null)
    {
        if (string.IsNullOrEmpty(order.Id))
        {
            throw new MalformedResponseException("Prodigi returned an order without an 'id'.", new RemoteErrorDetails(Provider));
        }

        return new PodOrder(Provider, order.Id, order.MerchantReference, ProdigiStatusMapper.Map(order),
            order.Status?.Stage?.Value ?? rawStatusWhenMissing ?? string.Empty, ToPodShipments(order))
        {
            Cost = TotalCharged(order.Charges),
            CreatedAt = order.Created,
        };
    }

    /// <summary>The parcels sent: shipments marked <c>Shipped</c> or carrying tracking (cancelled ones are left out).</summary>
    public static IReadOnlyList<PodShipment> ToPodShipments(ProdigiOrder order) =>
    [
        .. (order.Shipments ?? []).OfType<ProdigiShipment>()
            .Where(s => !string.Equals(s.Status, "Cancelled", StringComparison.OrdinalIgnoreCase)
                && (string.Equals(s.Status, "Shipped", StringComparison.OrdinalIgnoreCase) || s.Tracking?.Number is { Length: > 0 }))
            .Select(s => new PodShipment(s.Id, s.Carrier?.Name, s.Tracking?.Number, ToUri(s.Tracking?.Url), s.DispatchDate)),
    ];

    public static PodQuote ToPodQuote(ProdigiQuoteResponse response)
    {
        Money? products = null;
        var options = new List<PodShippingOption>();
        foreach (var quote in (response.Quotes ?? []).OfType<ProdigiQuote>())
        {
            products ??= quote.CostSummary?.Items?.ToMoney();
            if (quote.ShipmentMethod is not { } method || quote.CostSummary?.Shipping?.ToMoney() is not { } shipping)
            {
                continue;
            }

            // One option per method; its production country is named only when every parcel comes from the same one.
            var countries = (quote.Shipments ?? []).OfType<ProdigiQuoteShipment>()
                .Select(s => CountryCode.TryParse(s.FulfillmentLocation?.CountryCode, out var c) ? c : (CountryCode?)null)
                .Distinct()
                .ToList();
            options.Add(new PodShippingOption(method.Value, method.Value, shipping)
            {
                ProductionCountry = countries.Count == 1 ? countries[0] : null,
            });
        }

        return new PodQuote(Provider, products, [.. options.OrderBy(o => o.Price.Amount)]);
    }

    public static Uri? ToUri(string? url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : null;

    // Charges are debits, refunds negative; a mix of currencies leaves the cost empty.
    private static Money? TotalCharged(IReadOnlyList<ProdigiCharge>? charges) =>
        PodMoney.Sum((charges ?? []).OfType<ProdigiCharge>().Select(c => c.TotalCost?.ToMoney()).OfType<Money>());

    private static string? CallbackUrl(ProdigiClientOptions options)
    {
        if (options.CallbackUrl is not { } url)
        {
            return null;
        }

        if (options.CallbackSecret is not { Length: > 0 } secret)
        {
            return url.AbsoluteUri;
        }

        var separator = string.IsNullOrEmpty(url.Query) ? "?" : "&";
        return $"{url.AbsoluteUri}{separator}{Uri.EscapeDataString(options.CallbackSecretParameter)}={Uri.EscapeDataString(secret)}";
    }

    private static ProdigiRecipient ToRecipient(PodOrderRequest request)
    {
        // No published lengths: the plain layout, extra lines joined onto line2.
        var lines = PodFieldRules.Wrap(Provider, ["recipient.address.line1", "recipient.address.line2"], request.ShipTo.Lines, int.MaxValue);
        return new ProdigiRecipient
        {
            Name = PodFieldRules.Required(Provider, "recipient.name", request.Recipient.Name),
            Email = Text(request.Recipient.Email),
            PhoneNumber = Text(request.Recipient.Phone),
            Address = new ProdigiAddress
            {
                Line1 = PodFieldRules.Required(Provider, "recipient.address.line1", lines[0]),
                Line2 = lines[1],
                PostalOrZipCode = PodFieldRules.Required(Provider, "recipient.address.postalOrZipCode", request.ShipTo.PostalCode),
                TownOrCity = PodFieldRules.Required(Provider, "recipient.address.townOrCity", request.ShipTo.City),
                StateOrCounty = request.ShipTo.Region ?? request.ShipTo.Subdivision?.Local,
                CountryCode = request.ShipTo.Country.Value,
            },
        };
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static ProdigiOrderItem ToItem(PodOrderLine line, string? sizing)
    {
        var (sku, attributes) = ProdigiProductId.Parse(line.ProductId);
        return new ProdigiOrderItem
        {
            MerchantReference = line.LineId,
            Sku = sku,
            Copies = line.Quantity,
            Sizing = sizing,
            Attributes = attributes,

            // Quotes need the print areas only; orders need the files.
            Assets = line.Files.Count == 0
                ? [new ProdigiAsset { PrintArea = "default" }]
                : [.. line.Files.Select(f => new ProdigiAsset { PrintArea = f.Placement, Url = sizing is null ? null : f.Url.AbsoluteUri })],
        };
    }
}
