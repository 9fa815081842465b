using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PodConnect.Testing.Common;
using PodConnect.Testing.Providers;
using WireMock;

namespace PodConnect.Testing.Gelato;

/// <summary>
/// A stateful fake of Gelato's Order API v4, Shipment API v1 and Product API v3 stock availability on WireMock.Net, on 127.0.0.1. It keeps
/// orders through their lifecycle (created → in production → printed → shipped with tracking →
/// delivered, advanced by the test), behaves like Gelato where it matters to a client (no idempotency
/// key: two creates with the same reference make two orders; cancel answers 409 once printed), sends
/// webhooks with a shared-secret header to a URL, and injects faults.
/// </summary>
public sealed class FakeGelato : FakeServer
{
    /// <summary>The API key the fake accepts unless another is given.</summary>
    public const string DefaultApiKey = "fake-gelato-key";

    private static readonly string[] CancellableStatuses = ["draft", "created", "uploading", "passed", "pending_approval", "pending_personalization", "digitizing", "on_hold", "not_connected"];

    private readonly ConcurrentDictionary<string, FakeGelatoOrder> _orders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string ProductUid, string Region), (string Status, string? Replenishment)> _stock = new();
    private readonly Lock _gate = new();
    private readonly FakeLifecycleTimers Timers = new();
    private int _createCalls;

    private FakeGelato(TimeProvider? time, string apiKey)
        : base(time)
    {
        ApiKey = apiKey;
    }

    /// <summary>Starts a fake on a free port of 127.0.0.1.</summary>
    /// <param name="timeProvider">The fake's clock (timestamps, lifecycle timers); the system clock when <see langword="null"/>.</param>
    /// <param name="apiKey">The key it accepts in <c>X-API-KEY</c>.</param>
    public static FakeGelato Start(TimeProvider? timeProvider = null, string apiKey = DefaultApiKey) => new(timeProvider, apiKey);

    /// <summary>The key the fake accepts in <c>X-API-KEY</c>.</summary>
    public string ApiKey { get; }

    /// <summary>Where lifecycle webhooks are POSTed; <see langword="null"/> sends none.</summary>
    public Uri? WebhookUrl { get; set; }

    /// <summary>The header carrying the webhook secret (configure the same on the client).</summary>
    public string WebhookSecretHeaderName { get; set; } = "X-PodConnect-Webhook-Secret";

    /// <summary>The secret sent in <see cref="WebhookSecretHeaderName"/>; <see langword="null"/> sends no header.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>The production country quotes name; <see langword="null"/> = the destination country (Gelato produces locally).</summary>
    public string? FulfillmentCountry { get; set; }

    /// <summary>Send quote delivery dates as epoch seconds (Gelato v3 style) instead of <c>YYYY-MM-DD</c>.</summary>
    public bool QuoteDatesAsEpoch { get; set; }

    /// <summary>The orders held, in creation order.</summary>
    public IReadOnlyList<FakeGelatoOrder> Orders => [.. _orders.Values.OrderBy(o => o.CreatedAt).ThenBy(o => o.Id, StringComparer.Ordinal)];

    /// <summary>How many create-order requests reached the fake (including ones whose answer was lost).</summary>
    public int CreateCalls => Volatile.Read(ref _createCalls);

    /// <summary>
    /// The stock regions <c>POST /v3/stock/region-availability</c> lists for every product asked about, each <c>in-stock</c>
    /// unless <see cref="SetStock"/> said otherwise. Default: <c>UK</c>, <c>EU</c>, <c>US-CA</c>. Serve the Product API
    /// from this fake by setting the client's <c>ProductBaseAddress</c> to <see cref="FakeServer.BaseAddress"/>.
    /// </summary>
    public IReadOnlyList<string> StockRegions { get; set; } = ["UK", "EU", "US-CA"];

    /// <summary>
    /// Sets what the stock API answers for a product: <paramref name="status"/> (<c>in-stock</c>, <c>out-of-stock-replenishable</c>,
    /// <c>out-of-stock</c>, <c>non-stockable</c>, <c>not-supported</c>, or any other word) in one stock region, or in every region of
    /// <see cref="StockRegions"/> when <paramref name="stockRegion"/> is <see langword="null"/>; <paramref name="replenishmentDate"/> verbatim.
    /// </summary>
    public void SetStock(string productUid, string status, string? stockRegion = null, string? replenishmentDate = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(productUid);
        ArgumentException.ThrowIfNullOrWhiteSpace(status);
        foreach (var region in stockRegion is null ? StockRegions : [stockRegion])
        {
            _stock[(productUid, region)] = (status, replenishmentDate);
        }
    }

    /// <summary>The order with our reference, or <see langword="null"/>.</summary>
    public IReadOnlyList<FakeGelatoOrder> OrdersWithReference(string orderReferenceId) =>
        [.. Orders.Where(o => o.OrderReferenceId == orderReferenceId)];

    /// <summary>Moves an order to a status (any string, known or not) and sends <c>order_status_updated</c>.</summary>
    public Task SetStatusAsync(string orderId, string status)
    {
        var order = Find(orderId);
        lock (_gate)
        {
            order.Status = status;
        }

        return SendWebhookAsync(StatusEvent(order));
    }

    /// <summary>Moves an order into production.</summary>
    public Task StartProductionAsync(string orderId) => SetStatusAsync(orderId, "in_production");

    /// <summary>Marks an order printed (from now on cancel answers 409).</summary>
    public Task MarkPrintedAsync(string orderId) => SetStatusAsync(orderId, "printed");

    /// <summary>Ships an order with a tracked parcel, sending <c>order_item_tracking_code_updated</c> and <c>order_status_updated</c>.</summary>
    public async Task ShipAsync(string orderId, string trackingCode = "JD014600003828", string trackingUrl = "https://tracking.example/JD014600003828", string methodName = "DHL Parcel")
    {
        var order = Find(orderId);
        lock (_gate)
        {
            order.AddPackage(trackingCode, trackingUrl, methodName);
            order.Status = "shipped";
        }

        var first = order.Request["items"]?.AsArray().FirstOrDefault();
        await SendWebhookAsync(new JsonObject
        {
            ["id"] = "ot_" + Guid.NewGuid().ToString("N")[..13],
            ["event"] = "order_item_tracking_code_updated",
            ["orderId"] = order.Id,
            ["storeId"] = null,
            ["itemReferenceId"] = first?["itemReferenceId"]?.DeepClone(),
            ["orderReferenceId"] = order.OrderReferenceId,
            ["trackingCode"] = trackingCode,
            ["trackingUrl"] = trackingUrl,
            ["shipmentMethodName"] = methodName,
            ["shipmentMethodUid"] = "dhl_parcel",
            ["productionCountry"] = order.Request["shippingAddress"]?["country"]?.DeepClone(),
            ["created"] = Time.GetUtcNow().ToString("O"),
        }).ConfigureAwait(false);
        await SendWebhookAsync(StatusEvent(order)).ConfigureAwait(false);
    }

    /// <summary>Marks an order delivered.</summary>
    public Task DeliverAsync(string orderId) => SetStatusAsync(orderId, "delivered");

    /// <summary>Moves each order created from now on through its lifecycle by itself (drafts wait for confirmation); <see langword="null"/> stops scheduling.</summary>
    public FakeLifecycleSchedule? LifecycleSchedule { get; set; }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Timers.Dispose();
        }

        base.Dispose(disposing);
    }

    private FakeGelatoOrder Find(string orderId) =>
        _orders.TryGetValue(orderId, out var order) ? order : throw new InvalidOperationException($"The fake holds no order '{orderId}'.");

    private static JsonObject StatusEvent(FakeGelatoOrder order)
    {
        var items = new JsonArray();
        foreach (var item in order.Request["items"]?.AsArray() ?? [])
        {
            items.Add(new JsonObject
            {
                ["itemReferenceId"] = item!["itemReferenceId"]?.DeepClone(),
                ["fulfillmentStatus"] = order.Status,
                ["fulfillments"] = new JsonArray([.. order.Packages.Select(p => (JsonNode)new JsonObject
                {
                    ["trackingCode"] = p.TrackingCode,
                    ["trackingUrl"] = p.TrackingUrl,
                    ["shipmentMethodName"] = p.MethodName,
                    ["shipmentMethodUid"] = "dhl_parcel",
                    ["fulfillmentCountry"] = order.Request["shippingAddress"]?["country"]?.DeepClone(),
                })]),
            });
        }

        return new JsonObject
        {
            ["id"] = "os_" + Guid.NewGuid().ToString("N")[..13],
            ["event"] = "order_status_updated",
            ["orderId"] = order.Id,
            ["storeId"] = null,
            ["orderReferenceId"] = order.OrderReferenceId,
            ["fulfillmentStatus"] = order.Status,
            ["items"] = items,
        };
    }

    private async Task SendWebhookAsync(JsonObject payload)
    {
        if (WebhookUrl is null)
        {
            return;
        }

        await PostWebhookAsync(
            WebhookUrl,
            Encoding.UTF8.GetBytes(payload.ToJsonString()),
            WebhookSecret is null ? null : [new(WebhookSecretHeaderName, WebhookSecret)]).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override ResponseMessage? Authenticate(FakeRequest request) =>
        request.Headers.TryGetValue("X-API-KEY", out var keys) && keys.Contains(ApiKey)
            ? null
            : Error(401, "Unauthorized: missing or invalid X-API-KEY.");

    /// <inheritdoc />
    protected override string ErrorBody(int status) => Message(status == 429 ? "Too Many Requests" : "Internal Server Error");

    /// <inheritdoc />
    protected override ResponseMessage Handle(FakeRequest request)
    {
        var path = request.Path;
        var method = request.Method;
        try
        {
            return (method, path) switch
            {
                ("POST", "/v4/orders") => Create(request),
                ("POST", "/v4/orders:quote") => Quote(request),
                ("POST", "/v4/orders:search") => Search(request),
                ("GET", "/v1/shipment-methods") => ShipmentMethods(),
                ("POST", "/v3/stock/region-availability") => StockAvailability(request),
                ("POST", _) when path.StartsWith("/v4/orders/", StringComparison.Ordinal) && path.EndsWith(":cancel", StringComparison.Ordinal) =>
                    Cancel(path["/v4/orders/".Length..^":cancel".Length]),
                ("GET", _) when path.StartsWith("/v4/orders/", StringComparison.Ordinal) => Get(path["/v4/orders/".Length..]),
                ("PATCH", _) when path.StartsWith("/v4/orders/", StringComparison.Ordinal) => Patch(path["/v4/orders/".Length..], request),
                _ => Error(404, $"No route {method} {path}."),
            };
        }
        catch (JsonException e)
        {
            return Error(400, "Invalid JSON: " + e.Message);
        }
    }

    private ResponseMessage Create(FakeRequest request)
    {
        Interlocked.Increment(ref _createCalls);
        var body = ParseBody(request);
        var reference = body["orderReferenceId"]?.GetValue<string>();
        var problem = reference is null ? "orderReferenceId is required"
            : body["customerReferenceId"] is null ? "customerReferenceId is required"
            : body["items"] is not JsonArray { Count: > 0 } items ? "items must not be empty"
            : items.Any(i => i?["itemReferenceId"] is null || i["productUid"] is null || i["quantity"]?.GetValue<int>() is not > 0) ? "each item needs itemReferenceId, productUid and a quantity of at least 1"
            : body["shippingAddress"]?["country"] is null ? "shippingAddress.country is required"
            : null;
        if (problem is not null)
        {
            return Error(400, problem);
        }

        var orderType = body["orderType"]?.GetValue<string>() ?? "order";
        var order = new FakeGelatoOrder(Guid.NewGuid().ToString(), reference!, orderType, Time.GetUtcNow(), body);
        _orders[order.Id] = order;
        if (orderType != "draft")
        {
            Timers.Schedule(Time, LifecycleSchedule, () => StartProductionAsync(order.Id), () => ShipAsync(order.Id), () => DeliverAsync(order.Id));
        }
        return Ok(order.ToJson());
    }

    private ResponseMessage Get(string id) =>
        _orders.TryGetValue(id, out var order) ? Ok(order.ToJson()) : Error(404, $"Order {id} not found.");

    private ResponseMessage Patch(string id, FakeRequest request)
    {
        if (!_orders.TryGetValue(id, out var order))
        {
            return Error(404, $"Order {id} not found.");
        }

        var body = ParseBody(request);
        lock (_gate)
        {
            if (order.OrderType != "draft")
            {
                return Error(409, "Only orders having orderType equal to draft can be patched.");
            }

            if (order.Status == "canceled")
            {
                return Error(409, "The order is canceled and cannot be patched.");
            }

            if (body["orderType"]?.GetValue<string>() == "order")
            {
                order.OrderType = "order";
                order.Status = "created";
            }
        }

        return Ok(order.ToJson());
    }

    private ResponseMessage Cancel(string id)
    {
        if (!_orders.TryGetValue(id, out var order))
        {
            return Error(404, $"Order {id} not found.");
        }

        lock (_gate)
        {
            if (order.Status == "canceled")
            {
                return Ok(new JsonObject());
            }

            if (!CancellableStatuses.Contains(order.Status))
            {
                return Error(409, "Order cannot be canceled: at least one of the items is in 'printed' status.");
            }

            order.Status = "canceled";
        }

        return Ok(new JsonObject());
    }

    private ResponseMessage Search(FakeRequest request)
    {
        var body = ParseBody(request);
        var references = body["orderReferenceIds"]?.AsArray().Select(n => n!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        var ids = body["ids"]?.AsArray().Select(n => n!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
        var matches = Orders
            .Where(o => (references is null || references.Contains(o.OrderReferenceId)) && (ids is null || ids.Contains(o.Id)))
            .Select(o => (JsonNode)new JsonObject
            {
                ["id"] = o.Id,
                ["orderReferenceId"] = o.OrderReferenceId,
                ["orderType"] = o.OrderType,
                ["fulfillmentStatus"] = o.Status,
                ["createdAt"] = o.CreatedAt.ToString("O"),
            });
        return Ok(new JsonObject { ["orders"] = new JsonArray([.. matches]) });
    }

    private ResponseMessage Quote(FakeRequest request)
    {
        var body = ParseBody(request);
        var country = FulfillmentCountry ?? body["recipient"]?["country"]?.GetValue<string>() ?? "DE";
        var currency = body["currency"]?.GetValue<string>() ?? "EUR";
        var today = DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime);
        JsonNode Date(int days) => QuoteDatesAsEpoch
            ? JsonValue.Create(new DateTimeOffset(today.AddDays(days).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeSeconds())
            : JsonValue.Create(today.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))!;
        JsonObject Method(string name, string uid, decimal price, int min, int max, string type) => new()
        {
            ["name"] = name, ["shipmentMethodUid"] = uid, ["price"] = price, ["currency"] = currency,
            ["minDeliveryDays"] = min, ["maxDeliveryDays"] = max, ["minDeliveryDate"] = Date(min), ["maxDeliveryDate"] = Date(max),
            ["type"] = type, ["isPrivate"] = true, ["isBusiness"] = true,
        };
        var products = body["products"]?.AsArray() ?? [];
        return Ok(new JsonObject
        {
            ["orderReferenceId"] = body["orderReferenceId"]?.DeepClone(),
            ["quotes"] = new JsonArray(new JsonObject
            {
                ["id"] = Guid.NewGuid().ToString(),
                ["itemReferenceIds"] = new JsonArray([.. products.Select(p => p!["itemReferenceId"]!.DeepClone())]),
                ["fulfillmentCountry"] = country,
                ["shipmentMethods"] = new JsonArray(
                    Method("DHL Express", "dhl_express", 12.90m, 1, 2, "express"),
                    Method("DHL Parcel", "dhl_parcel", 4.95m, 3, 5, "normal")),
                ["products"] = new JsonArray([.. products.Select(p => (JsonNode)new JsonObject
                {
                    ["itemReferenceId"] = p!["itemReferenceId"]!.DeepClone(),
                    ["productUid"] = p["productUid"]!.DeepClone(),
                    ["quantity"] = p["quantity"]!.DeepClone(),
                    ["price"] = 9.50m * p["quantity"]!.GetValue<int>(),
                    ["currency"] = currency,
                })]),
            }),
        });
    }

    private ResponseMessage StockAvailability(FakeRequest request)
    {
        if (ParseBody(request)["products"] is not JsonArray products)
        {
            return Error(400, "products is required");
        }

        var answer = new JsonArray();
        foreach (var uid in products.Select(p => p?.GetValue<string>()).OfType<string>())
        {
            answer.Add(new JsonObject
            {
                ["productUid"] = uid,
                ["availability"] = new JsonArray([.. StockRegions.Select(r =>
                {
                    var (status, replenishment) = _stock.TryGetValue((uid, r), out var set) ? set : ("in-stock", null);
                    return (JsonNode)new JsonObject { ["stockRegionUid"] = r, ["status"] = status, ["replenishmentDate"] = replenishment };
                })]),
            });
        }

        return Ok(new JsonObject { ["productsAvailability"] = answer });
    }

    private static ResponseMessage ShipmentMethods() => Ok(new JsonObject
    {
        ["shipmentMethods"] = new JsonArray(
            new JsonObject { ["shipmentMethodUid"] = "dhl_parcel", ["type"] = "normal", ["name"] = "DHL Parcel", ["isBusiness"] = true, ["isPrivate"] = true, ["hasTracking"] = true, ["supportedCountries"] = new JsonArray("DE", "AT", "GB") },
            new JsonObject { ["shipmentMethodUid"] = "royal_mail_tracked", ["type"] = "normal", ["name"] = "Royal Mail Tracked 48", ["isBusiness"] = true, ["isPrivate"] = true, ["hasTracking"] = true, ["supportedCountries"] = new JsonArray("GB") }),
    });

    private static JsonObject ParseBody(FakeRequest request) =>
        JsonNode.Parse(request.Body.Length == 0 ? "{}" : request.BodyText) as JsonObject ?? throw new JsonException("The body is not a JSON object.");

    private static ResponseMessage Ok(JsonNode body) => FakeResponses.Create(200, body.ToJsonString());

    private static ResponseMessage Error(int status, string message) => FakeResponses.Create(status, Message(message));

    private static string Message(string message) => new JsonObject { ["message"] = message }.ToJsonString();
}
