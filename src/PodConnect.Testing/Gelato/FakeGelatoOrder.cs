using System.Text.Json.Nodes;

namespace PodConnect.Testing.Gelato;

/// <summary>An order held by <see cref="FakeGelato"/>: its state, and its JSON as Gelato would return it.</summary>
public sealed class FakeGelatoOrder
{
    internal FakeGelatoOrder(string id, string orderReferenceId, string orderType, DateTimeOffset createdAt, JsonObject request)
    {
        Id = id;
        OrderReferenceId = orderReferenceId;
        OrderType = orderType;
        Status = orderType == "draft" ? "draft" : "created";
        CreatedAt = createdAt;
        Request = request;
    }

    /// <summary>Gelato's id.</summary>
    public string Id { get; }

    /// <summary>Our external id.</summary>
    public string OrderReferenceId { get; }

    /// <summary><c>order</c> or <c>draft</c>.</summary>
    public string OrderType { get; internal set; }

    /// <summary>The <c>fulfillmentStatus</c>.</summary>
    public string Status { get; internal set; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>The parcels sent (tracking code, URL, method).</summary>
    public IReadOnlyList<(string Id, string TrackingCode, string TrackingUrl, string MethodName)> Packages => _packages;

    internal JsonObject Request { get; }

    private readonly List<(string Id, string TrackingCode, string TrackingUrl, string MethodName)> _packages = [];

    internal void AddPackage(string trackingCode, string trackingUrl, string methodName) =>
        _packages.Add(($"pkg-{_packages.Count + 1}-{Id[..8]}", trackingCode, trackingUrl, methodName));

    internal JsonObject ToJson()
    {
        var items = new JsonArray();
        var index = 0;
        foreach (var item in Request["items"]?.AsArray() ?? [])
        {
            var copy = item!.DeepClone().AsObject();
            copy["id"] = $"item-{++index}-{Id[..8]}";
            copy["fulfillmentStatus"] = Status;
            items.Add(copy);
        }

        var json = new JsonObject
        {
            ["id"] = Id,
            ["orderType"] = OrderType,
            ["orderReferenceId"] = OrderReferenceId,
            ["customerReferenceId"] = Request["customerReferenceId"]?.DeepClone(),
            ["fulfillmentStatus"] = Status,
            ["financialStatus"] = OrderType == "draft" ? "draft" : "pending",
            ["currency"] = Request["currency"]?.DeepClone() ?? "EUR",
            ["channel"] = "api",
            ["storeId"] = null,
            ["createdAt"] = CreatedAt.ToString("O"),
            ["updatedAt"] = CreatedAt.ToString("O"),
            ["items"] = items,
            ["shippingAddress"] = Request["shippingAddress"]?.DeepClone(),
            ["connectedOrderIds"] = new JsonArray(),
        };
        if (_packages.Count > 0)
        {
            json["shipment"] = new JsonObject
            {
                ["id"] = $"shp-{Id[..8]}",
                ["shipmentMethodName"] = _packages[0].MethodName,
                ["shipmentMethodUid"] = "dhl_parcel",
                ["packageCount"] = _packages.Count,
                ["fulfillmentCountry"] = Request["shippingAddress"]?["country"]?.DeepClone(),
                ["packages"] = new JsonArray([.. _packages.Select(p => (JsonNode)new JsonObject
                {
                    ["id"] = p.Id,
                    ["orderItemIds"] = new JsonArray([.. items.Select(i => (JsonNode?)JsonValue.Create(i!["id"]!.GetValue<string>()))]),
                    ["trackingCode"] = p.TrackingCode,
                    ["trackingUrl"] = p.TrackingUrl,
                })]),
            };
        }

        return json;
    }
}
