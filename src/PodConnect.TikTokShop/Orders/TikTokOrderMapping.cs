using PodConnect.Domain;
using PodConnect.Errors;
using PodConnect.Http;
using PodConnect.TikTokShop.Errors;

namespace PodConnect.TikTokShop.Orders;

/// <summary>Maps a TikTok order to the Core <see cref="Order"/> the router and SLA code work on.</summary>
public static class TikTokOrderMapping
{
    /// <summary>
    /// Builds the Core order: destination from <c>recipient_address</c> (country from <c>region_code</c>,
    /// city from <c>post_town</c> or the district levels, subdivision from a district ISO code such as
    /// <c>GB-SCT</c>), items grouped by seller SKU (TikTok sends one line item per unit; cancelled items
    /// are left out) with their line item ids, and deadlines from <c>rts_sla_time</c> (ready to ship by),
    /// <c>shipping_due_time</c>, <c>collection_due_time</c> and <c>delivery_sla_time</c>.
    /// </summary>
    /// <param name="order">The TikTok order (from Get Order Detail: search results lack some fields).</param>
    /// <param name="productKindOf">What each line item is (TikTok does not say): e.g. look the seller SKU up in your catalogue.</param>
    /// <param name="market">The shop's market (its <c>region</c> from Get Authorized Shops), when it differs from the destination; default: the destination country.</param>
    /// <exception cref="MalformedResponseException">The order lacks what a Core order needs (recipient address, country, create time, items); the message names the field.</exception>
    public static Order ToCoreOrder(this TikTokOrder order, Func<TikTokLineItem, ProductKind> productKindOf, CountryCode? market = null)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(productKindOf);
        if (string.IsNullOrWhiteSpace(order.Id))
        {
            throw Missing(order, "id", "every order has one");
        }

        var address = order.RecipientAddress
            ?? throw Missing(order, "recipient_address", "read it with Get Order Detail");
        if (!CountryCode.TryParse(address.RegionCode, out var country))
        {
            throw Missing(order, "recipient_address.region_code", $"'{address.RegionCode}' is not a country code");
        }

        var createdAt = order.CreateTime ?? throw Missing(order, "create_time", "TikTok always sends it");

        var lines = order.LineItems
            .OfType<TikTokLineItem>() // a null element in the JSON array must not become a NullReferenceException
            .Where(i => i.DisplayStatus != TikTokOrderStatus.Cancelled)
            .ToList();
        if (lines.Find(i => string.IsNullOrWhiteSpace(i.Id) || string.IsNullOrWhiteSpace(SkuOf(i))) is { } unusable)
        {
            throw Missing(order, "line_items[].id, seller_sku or sku_id", $"line item '{unusable.Id}' cannot be fulfilled without them");
        }

        var groups = lines.GroupBy(SkuOf, StringComparer.Ordinal).ToList();
        var kinds = groups.Select(g => productKindOf(g.First())).ToList(); // the caller's code, outside the translation below
        var deadlines = new OrderDeadlines(
            ReadyToShipBy: order.RtsSlaTime,
            ShippingDue: order.ShippingDueTime,
            CollectionDue: order.CollectionDueTime,
            DeliverBy: order.DeliverySlaTime); // delivery_due_time is an auto-cancel deadline, not the buyer's promise
        try
        {
            var items = groups.Select((g, n) => new OrderItem(g.Key, kinds[n], g.Count(), g.Select(i => i.Id).ToList())).ToList();
            if (items.Count == 0)
            {
                throw Missing(order, "line_items", "none is left to fulfil");
            }

            var recipient = string.IsNullOrWhiteSpace(address.Name) ? null : new Recipient(address.Name, address.PhoneNumber);
            return new Order(order.Id, createdAt, ToAddress(address, country), items, deadlines, market, recipient);
        }
        catch (ArgumentException ex)
        {
            // Core refuses a value TikTok sent (its validation names the parameter): the response is at fault.
            throw Missing(order, ex.ParamName ?? "a field", ex.Message);
        }
    }

    private static string SkuOf(TikTokLineItem item) => item.SellerSku is { Length: > 0 } sku ? sku : item.SkuId ?? string.Empty;

    private static MalformedResponseException Missing(TikTokOrder order, string field, string why) =>
        (MalformedResponseException)RemoteErrors.Create(RemoteErrorKind.Malformed, new RemoteErrorDetails(TikTokShopErrorFunnel.ServiceName),
            summary: $"TikTok order {order.Id} has no usable {field} ({why})");

    private static Address ToAddress(TikTokRecipientAddress address, CountryCode country)
    {
        var lines = new[] { address.AddressLine1, address.AddressLine2, address.AddressLine3, address.AddressLine4 }
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => l!)
            .ToList();
        if (lines.Count == 0 && !string.IsNullOrWhiteSpace(address.AddressDetail))
        {
            lines.Add(address.AddressDetail);
        }

        SubdivisionCode? subdivision = null;
        var districts = address.DistrictInfo.OfType<TikTokDistrictInfo>().ToList();
        foreach (var district in districts)
        {
            if (SubdivisionCode.TryParse(district.IsoCode, out var code) && code.Country == country)
            {
                subdivision = code;
                break;
            }
        }

        var city = address.PostTown is { Length: > 0 } town
            ? town
            : districts.LastOrDefault(d => d.AddressLevelName is "City" or "city" || d.AddressLevel is "L3")?.AddressName;
        var region = districts.Find(d => d.AddressLevel == "L1")?.AddressName;
        return new Address(country, address.PostalCode, city, lines, subdivision, region);
    }
}
