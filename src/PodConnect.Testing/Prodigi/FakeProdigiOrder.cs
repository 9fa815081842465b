using System.Text.Json.Nodes;

namespace PodConnect.Testing.Prodigi;

/// <summary>An order held by <see cref="FakeProdigi"/>: its state, and its JSON as Prodigi would return it.</summary>
public sealed class FakeProdigiOrder
{
    private readonly List<(string Id, string Carrier, string Service, string TrackingNumber, string TrackingUrl, DateTimeOffset DispatchDate)> _shipments = [];

    internal FakeProdigiOrder(string id, DateTimeOffset created, JsonObject request, bool onHold)
    {
        Id = id;
        Created = created;
        Request = request;
        OnHold = onHold;
    }

    /// <summary>Prodigi's id, <c>ord_…</c>.</summary>
    public string Id { get; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset Created { get; }

    /// <summary>Our reference.</summary>
    public string? MerchantReference => Request["merchantReference"]?.GetValue<string>();

    /// <summary>The idempotency key it was created with.</summary>
    public string? IdempotencyKey => Request["idempotencyKey"]?.GetValue<string>();

    /// <summary>The callback URL it was created with.</summary>
    public string? CallbackUrl => Request["callbackUrl"]?.GetValue<string>();

    /// <summary><c>InProgress</c>, <c>Complete</c> or <c>Cancelled</c>.</summary>
    public string Stage { get; internal set; } = "InProgress";

    /// <summary>The <c>inProduction</c> step.</summary>
    public string InProduction { get; internal set; } = "NotStarted";

    /// <summary>Whether the pause window still holds it (invisible to GET, like Prodigi's).</summary>
    public bool OnHold { get; internal set; }

    /// <summary>Issues to report, as (errorCode, description).</summary>
    public List<(string ErrorCode, string Description)> Issues { get; } = [];

    /// <summary>The parcels sent.</summary>
    public int ShipmentCount => _shipments.Count;

    internal JsonObject Request { get; }

    internal void AddShipment(string carrier, string service, string trackingNumber, string trackingUrl, DateTimeOffset at) =>
        _shipments.Add(($"shp_{Id[4..]}{_shipments.Count + 1}", carrier, service, trackingNumber, trackingUrl, at));

    internal JsonObject ToJson()
    {
        var shipping = Stage == "Complete" ? "Complete" : _shipments.Count > 0 ? "InProgress" : "NotStarted";
        var downloaded = InProduction == "NotStarted" ? "InProgress" : "Complete";
        var items = new JsonArray();
        var index = 0;
        foreach (var item in Request["items"]?.AsArray() ?? [])
        {
            var copy = item!.DeepClone().AsObject();
            copy["id"] = $"ori_{Id[4..]}{++index}";
            copy["status"] = downloaded == "Complete" ? "Ok" : "NotYetDownloaded";
            items.Add(copy);
        }

        return new JsonObject
        {
            ["id"] = Id,
            ["created"] = Created.UtcDateTime.ToString("O"),
            ["lastUpdated"] = Created.UtcDateTime.ToString("O"),
            ["callbackUrl"] = CallbackUrl,
            ["merchantReference"] = MerchantReference,
            ["shippingMethod"] = Request["shippingMethod"]?.DeepClone(),
            ["idempotencyKey"] = IdempotencyKey,
            ["status"] = new JsonObject
            {
                ["stage"] = Stage,
                ["issues"] = new JsonArray([.. Issues.Select(i => (JsonNode)new JsonObject { ["objectId"] = Id, ["errorCode"] = i.ErrorCode, ["description"] = i.Description })]),
                ["details"] = new JsonObject
                {
                    ["downloadAssets"] = downloaded,
                    ["printReadyAssetsPrepared"] = downloaded == "Complete" ? "Complete" : "NotStarted",
                    ["allocateProductionLocation"] = downloaded == "Complete" ? "Complete" : "NotStarted",
                    ["inProduction"] = InProduction,
                    ["shipping"] = shipping,
                },
            },
            ["charges"] = new JsonArray(new JsonObject
            {
                ["id"] = $"chg_{Id[4..]}",
                ["prodigiInvoiceNumber"] = null,
                ["chargeType"] = "Item",
                ["totalCost"] = new JsonObject { ["amount"] = "12.50", ["currency"] = "GBP" },
            }),
            ["shipments"] = new JsonArray([.. _shipments.Select(s => (JsonNode)new JsonObject
            {
                ["id"] = s.Id,
                ["status"] = "Shipped",
                ["carrier"] = new JsonObject { ["name"] = s.Carrier, ["service"] = s.Service },
                ["tracking"] = new JsonObject { ["url"] = s.TrackingUrl, ["number"] = s.TrackingNumber },
                ["dispatchDate"] = s.DispatchDate.UtcDateTime.ToString("O"),
                ["items"] = new JsonArray([.. items.Select(i => (JsonNode)new JsonObject { ["itemId"] = i!["id"]!.DeepClone() })]),
                ["fulfillmentLocation"] = new JsonObject { ["countryCode"] = "GB", ["labCode"] = "uk6" },
            })]),
            ["recipient"] = Request["recipient"]?.DeepClone(),
            ["items"] = items,
            ["packingSlip"] = null,
            ["metadata"] = Request["metadata"]?.DeepClone(),
        };
    }
}
