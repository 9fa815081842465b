using PodConnect.Domain;
using PodConnect.Errors;
using PodConnect.Printify.Models;
using PodConnect.Providers;

namespace PodConnect.Printify.Internal;

/// <summary>
/// Maps between the provider-neutral models and Printify's. Field rule (docs/providers.md): Printify
/// publishes no lengths; <c>first_name</c>, <c>last_name</c>, <c>country</c>, <c>address1</c>, <c>city</c> and
/// <c>zip</c> are required (a missing one is a <see cref="PodFieldLimitException"/> naming it, raised before
/// sending, because every rejected request counts against Printify's 5% error rule); street lines beyond
/// two are joined onto <c>address2</c> (<see cref="PodFieldRules"/>). Amounts are cents in <see cref="PrintifyClientOptions.Currency"/>.
/// </summary>
internal static class PrintifyMapping
{
    private const string Provider = PrintifyClient.ServiceName;

    /// <summary>Shipping method codes by the names the shipping-cost call answers with.</summary>
    private static readonly Dictionary<string, int> MethodCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["standard"] = 1, ["priority"] = 2, ["express"] = 2, ["printify_express"] = 3, ["economy"] = 4,
    };

    public static PrintifyCreateOrderRequest ToCreateRequest(PodOrderRequest request, PrintifyClientOptions options) => new()
    {
        ExternalId = request.ExternalId,
        Label = request.ExternalId,
        LineItems = [.. request.Lines.Select(l => PrintifyProductId.ToLineItem(l.ProductId, l.Quantity, l.Files))],
        ShippingMethod = MethodCode(request.ShippingMethod),
        SendShippingNotification = options.SendShippingNotification,
        AddressTo = ToAddress(request),
    };

    public static PrintifyShippingRequest ToShippingRequest(PodOrderRequest request) => new()
    {
        LineItems = [.. request.Lines.Select(l => PrintifyProductId.ToLineItem(l.ProductId, l.Quantity, l.Files))],
        AddressTo = ToAddress(request),
    };

    public static PodQuote ToPodQuote(IReadOnlyDictionary<string, long> costs, string currency) =>
        new(Provider, null,
        [
            .. costs
                .Where(c => MethodCodes.ContainsKey(c.Key))
                .Select(c => new PodShippingOption(MethodCodes[c.Key].ToString(System.Globalization.CultureInfo.InvariantCulture), c.Key, new Money(c.Value / 100m, currency)))
                .DistinctBy(o => o.MethodId)
                .OrderBy(o => o.Price.Amount),
        ]);

    public static PodOrder ToPodOrder(PrintifyOrder order, string currency)
    {
        if (string.IsNullOrEmpty(order.Id))
        {
            throw new MalformedResponseException("Printify returned an order without an 'id'.", new RemoteErrorDetails(Provider));
        }

        var shipments = (order.Shipments ?? []).OfType<PrintifyShipment>()
            .Where(s => s.Number is not null || s.Url is not null)
            .Select(s => new PodShipment(s.Number, s.Carrier, s.Number, ToUri(s.Url)))
            .ToList();
        var total = order.TotalPrice is { } price ? price + (order.TotalShipping ?? 0) + (order.TotalTax ?? 0) : (long?)null;
        return new PodOrder(Provider, order.Id, ExternalIdOf(order), PrintifyStatusMapper.Map(order), order.Status?.Value ?? string.Empty, shipments)
        {
            IsDraft = order.Status == PrintifyOrderStatus.OnHold,
            Cost = total is { } cents ? new Money(cents / 100m, currency) : null,
            CreatedAt = order.CreatedAt,
        };
    }

    /// <summary>Our id on an order: <c>external_id</c>, else the <c>label</c> we set to the same value, else the sales channel's label.</summary>
    public static string? ExternalIdOf(PrintifyOrder order) => order.ExternalId ?? order.Label ?? order.Metadata?.ShopOrderLabel;

    public static Uri? ToUri(string? url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : null;

    private static int MethodCode(string? method) =>
        method is null ? 1
        : int.TryParse(method, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code) && code is >= 1 and <= 4 ? code
        : MethodCodes.TryGetValue(method, out var named) ? named
        : throw new ArgumentException($"'{method}' is not a Printify shipping method: use 1-4 or standard, priority, printify_express, economy.", nameof(method));

    private static PrintifyAddress ToAddress(PodOrderRequest request)
    {
        var (first, last) = SplitName(PodFieldRules.Required(Provider, "address_to.first_name", request.Recipient.Name));

        // No published lengths: the plain layout, extra lines joined onto address2.
        var lines = PodFieldRules.Wrap(Provider, ["address_to.address1", "address_to.address2"], request.ShipTo.Lines, int.MaxValue);
        return new PrintifyAddress
        {
            FirstName = first,
            LastName = last,
            Email = Text(request.Recipient.Email),
            Phone = Text(request.Recipient.Phone),
            Country = request.ShipTo.Country.Value,
            Region = request.ShipTo.Region ?? request.ShipTo.Subdivision?.Local ?? string.Empty,
            Address1 = PodFieldRules.Required(Provider, "address_to.address1", lines[0]),
            Address2 = lines[1],
            City = PodFieldRules.Required(Provider, "address_to.city", request.ShipTo.City),
            Zip = PodFieldRules.Required(Provider, "address_to.zip", request.ShipTo.PostalCode),
        };
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    // Printify wants first and last name apart; marketplaces give one string. The last word is the
    // last name; a single word is used for both so neither required field is empty.
    private static (string First, string Last) SplitName(string name)
    {
        var space = name.LastIndexOf(' ');
        return space <= 0 ? (name, name) : (name[..space].Trim(), name[(space + 1)..]);
    }
}
