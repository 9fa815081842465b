using System.Globalization;
using System.Text.Json.Nodes;

namespace PodConnect.Testing.Printful;

/// <summary>An order held by <see cref="FakePrintful"/>.</summary>
public sealed class FakePrintfulOrder
{
    private readonly List<JsonObject> _shipments = [];

    internal FakePrintfulOrder(long id, string? externalId, string status, DateTimeOffset created, JsonObject request)
    {
        Id = id;
        ExternalId = externalId;
        Status = status;
        Created = created;
        Request = request;
    }

    /// <summary>Printful's id.</summary>
    public long Id { get; }

    /// <summary>Our external id.</summary>
    public string? ExternalId { get; }

    /// <summary>The status (<c>draft</c>, <c>pending</c>, <c>inprocess</c>, <c>fulfilled</c>…).</summary>
    public string Status { get; internal set; }

    /// <summary>Created.</summary>
    public DateTimeOffset Created { get; }

    /// <summary>The body it was created with.</summary>
    public JsonObject Request { get; }

    /// <summary>Parcels sent so far.</summary>
    public IReadOnlyList<JsonObject> Shipments => _shipments;

    internal JsonObject AddShipment(string carrier, string service, string trackingNumber, string trackingUrl, DateTimeOffset at)
    {
        var shipment = new JsonObject
        {
            ["id"] = (Id * 10) + _shipments.Count + 1,
            ["carrier"] = carrier,
            ["service"] = service,
            ["tracking_number"] = trackingNumber,
            ["tracking_url"] = trackingUrl,
            ["created"] = at.ToUnixTimeSeconds(),
            ["ship_date"] = at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["shipped_at"] = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), // v1 spec: a string holding a unix timestamp
            ["reshipment"] = false,
            ["items"] = new JsonArray(),
        };
        _shipments.Add(shipment);
        return shipment;
    }

    /// <summary>Shipment ids the recipient has received.</summary>
    internal HashSet<long> Delivered { get; } = [];

    internal JsonObject ToV2Shipments(DateTimeOffset now)
    {
        var data = new JsonArray();
        foreach (var shipment in _shipments)
        {
            var id = shipment["id"]!.GetValue<long>();
            var delivered = Delivered.Contains(id);
            data.Add(new JsonObject
            {
                ["id"] = id,
                ["order_id"] = Id,
                ["order_external_id"] = ExternalId,
                ["carrier"] = shipment["carrier"]!.DeepClone(),
                ["service"] = shipment["service"]!.DeepClone(),
                ["shipment_status"] = "shipped",
                ["shipped_at"] = DateTimeOffset.FromUnixTimeSeconds(shipment["created"]!.GetValue<long>()).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                ["delivery_status"] = delivered ? "delivered" : "in_transit",
                ["delivered_at"] = delivered ? now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) : null,
                ["departure_address"] = new JsonObject { ["country_name"] = "Latvia", ["country_code"] = "LV" },
                ["is_reshipment"] = false,
                ["tracking_url"] = shipment["tracking_url"]!.DeepClone(),
                ["tracking_events"] = new JsonArray(),
                ["shipment_items"] = new JsonArray(),
            });
        }

        return new JsonObject
        {
            ["data"] = data,
            ["paging"] = new JsonObject { ["total"] = data.Count, ["offset"] = 0, ["limit"] = 100 },
        };
    }

    internal decimal Subtotal => (Request["items"]?.AsArray() ?? []).Sum(i => 9.95m * (i?["quantity"]?.GetValue<int>() ?? 0));

    internal JsonObject ToJson()
    {
        var items = new JsonArray();
        var index = 0;
        foreach (var item in Request["items"]?.AsArray() ?? [])
        {
            var copy = item!.DeepClone().AsObject();
            copy["id"] = (Id * 100) + (++index);
            copy["price"] = "9.95";
            items.Add(copy);
        }

        return new JsonObject
        {
            ["id"] = Id,
            ["external_id"] = ExternalId,
            ["store"] = 1234567,
            ["status"] = Status,
            ["shipping"] = Request["shipping"]?.DeepClone() ?? "STANDARD",
            ["shipping_service_name"] = "Flat Rate (3-4 business days after fulfillment)",
            ["created"] = Created.ToUnixTimeSeconds(),
            ["updated"] = Created.ToUnixTimeSeconds(),
            ["recipient"] = Request["recipient"]?.DeepClone(),
            ["items"] = items,
            ["costs"] = new JsonObject
            {
                ["currency"] = "EUR",
                ["subtotal"] = Money(Subtotal),
                ["discount"] = "0.00",
                ["shipping"] = "4.49",
                ["tax"] = "0.00",
                ["vat"] = "0.00",
                ["total"] = Money(Subtotal + 4.49m),
            },
            ["shipments"] = new JsonArray([.. _shipments.Select(s => (JsonNode)s.DeepClone())]),
        };
    }

    internal static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
