using System.Globalization;
using PodConnect.Domain;
using PodConnect.Errors;
using PodConnect.Printful.Models;
using PodConnect.Providers;

namespace PodConnect.Printful.Internal;

/// <summary>Maps between the provider-neutral models and Printful's wire models.</summary>
internal static class PrintfulMapping
{
    /// <summary>
    /// A line's <see cref="PodOrderLine.ProductId"/> is a catalog variant id when it is a number (print
    /// files are sent with it), <c>sync:123</c> for a store (sync) variant id, and otherwise a store
    /// variant's external id.
    /// </summary>
    public static PrintfulOrderRequest ToOrderRequest(PodOrderRequest request) => new()
    {
        ExternalId = request.ExternalId,
        Shipping = request.ShippingMethod,
        Recipient = new PrintfulAddress
        {
            Name = PodFieldRules.Required(PrintfulClient.ServiceName, "recipient.name", request.Recipient.Name),
            Address1 = PodFieldRules.Required(PrintfulClient.ServiceName, "recipient.address1", request.ShipTo.Lines.Count > 0 ? request.ShipTo.Lines[0] : null),
            Address2 = request.ShipTo.Lines.Count > 1 ? string.Join(", ", request.ShipTo.Lines.Skip(1)) : null,
            City = PodFieldRules.Required(PrintfulClient.ServiceName, "recipient.city", request.ShipTo.City),
            StateCode = request.ShipTo.Subdivision?.Local,
            CountryCode = request.ShipTo.Country.Value,
            Zip = request.ShipTo.PostalCode,
            Phone = request.Recipient.Phone,
            Email = request.Recipient.Email,
        },
        Items = [.. request.Lines.Select(ToItem)],
    };

    public static PrintfulV2ShippingRatesRequest ToV2RatesRequest(PodOrderRequest request) => new()
    {
        Recipient = RatesRecipient(request),
        OrderItems = [.. request.Lines.Select(l => new PrintfulV2RatesItem { CatalogVariantId = CatalogVariant(l), Quantity = l.Quantity })],
        Currency = request.Currency,
    };

    public static PodOrder ToPodOrder(PrintfulOrder order)
    {
        if (order.Id is not { } id || id <= 0)
        {
            throw new MalformedResponseException("Printful returned an order without a positive 'id'.", new RemoteErrorDetails(PrintfulClient.ServiceName));
        }

        var status = order.Status ?? new PrintfulOrderStatus(string.Empty);
        return new PodOrder(
            PrintfulClient.ServiceName,
            id.ToString(CultureInfo.InvariantCulture),
            order.ExternalId,
            PrintfulStatusMapper.Map(status),
            status.Value ?? string.Empty,
            [.. (order.Shipments ?? []).OfType<PrintfulShipment>().Select(ToPodShipment)])
        {
            IsDraft = status == PrintfulOrderStatus.Draft,
            CreatedAt = order.Created,
            Cost = PodMoney.From(order.Costs?.Total, order.Costs?.Currency),
        };
    }

    public static PodShipment ToPodShipment(PrintfulShipment shipment) => new(
        shipment.Id?.ToString(CultureInfo.InvariantCulture),
        shipment.Carrier,
        shipment.TrackingNumber,
        Uri.TryCreate(shipment.TrackingUrl, UriKind.Absolute, out var url) ? url : null,
        shipment.ShippedAt);

    public static PodQuote ToPodQuote(PrintfulCosts? costs, IReadOnlyList<PrintfulV2ShippingRate> rates)
    {
        var products = PodMoney.From(costs?.Subtotal, costs?.Currency);
        var options = rates
            .OfType<PrintfulV2ShippingRate>()
            .Where(r => r.Shipping is not null && PodMoney.From(r.Rate, r.Currency) is not null)
            .Select(r => new PodShippingOption(r.Shipping!, r.ShippingMethodName ?? r.Shipping!, PodMoney.From(r.Rate, r.Currency)!.Value)
            {
                MinDeliveryDays = r.MinDeliveryDays,
                MaxDeliveryDays = r.MaxDeliveryDays,
                MinDeliveryDate = r.MinDeliveryDate,
                MaxDeliveryDate = r.MaxDeliveryDate,
                ProductionCountry = (r.Shipments ?? []).OfType<PrintfulV2RateShipment>().Select(s => s.DepartureCountry).FirstOrDefault(c => c is not null) is { } departure
                    && CountryCode.TryParse(departure, out var country) ? country : null,
            })
            .OrderBy(o => o.Price.Amount)
            .ToList();
        return new PodQuote(PrintfulClient.ServiceName, products, options);
    }

    private static PrintfulRatesRecipient RatesRecipient(PodOrderRequest request) => new()
    {
        Address1 = PodFieldRules.Required(PrintfulClient.ServiceName, "recipient.address1", request.ShipTo.Lines.Count > 0 ? request.ShipTo.Lines[0] : null),
        City = PodFieldRules.Required(PrintfulClient.ServiceName, "recipient.city", request.ShipTo.City),
        CountryCode = request.ShipTo.Country.Value,
        StateCode = request.ShipTo.Subdivision?.Local,
        Zip = request.ShipTo.PostalCode,
    };

    private static long CatalogVariant(PodOrderLine line) =>
        long.TryParse(line.ProductId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new ArgumentException($"Printful quotes need catalog variant ids; line '{line.LineId}' has product '{line.ProductId}'.", nameof(line));

    private static PrintfulItemRequest ToItem(PodOrderLine line)
    {
        var files = line.Files.Count == 0 ? null : line.Files.Select(f => new PrintfulFileRequest { Type = f.Placement, Url = f.Url.AbsoluteUri }).ToList();
        if (long.TryParse(line.ProductId, NumberStyles.None, CultureInfo.InvariantCulture, out var variant))
        {
            return new PrintfulItemRequest { ExternalId = line.LineId, VariantId = variant, Quantity = line.Quantity, Sku = line.Sku, Files = files };
        }

        if (line.ProductId.StartsWith("sync:", StringComparison.Ordinal)
            && long.TryParse(line.ProductId.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out var sync))
        {
            return new PrintfulItemRequest { ExternalId = line.LineId, SyncVariantId = sync, Quantity = line.Quantity, Sku = line.Sku };
        }

        return new PrintfulItemRequest { ExternalId = line.LineId, ExternalVariantId = line.ProductId, Quantity = line.Quantity, Sku = line.Sku };
    }
}
