using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PodConnect.Providers;
using PodConnect.Testing.Common;
using PodConnect.Testing.Providers;
using WireMock;

namespace PodConnect.Testing.Printful;

/// <summary>
/// A stateful fake of Printful's orders API (v1, plus v2 shipping rates and catalog-variant stock availability) on WireMock.Net, on 127.0.0.1.
/// Like Printful it keeps external ids unique per store and answers a repeat with an <c>OR-13</c>
/// error; it keeps orders through their lifecycle (draft → pending → inprocess → fulfilled with
/// tracking, advanced by the test), sends v1 or signed v2 webhooks to a URL, puts
/// <c>X-Ratelimit-*</c> headers on every answer, and injects faults.
/// </summary>
public sealed class FakePrintful : FakeServer
{
    /// <summary>The token the fake accepts unless another is given.</summary>
    public const string DefaultAccessToken = "fake-printful-token";

    private static readonly string[] Cancellable = ["draft", "pending", "failed", "onhold"];

    private readonly ConcurrentDictionary<long, FakePrintfulOrder> _orders = new();
    private readonly ConcurrentDictionary<(long Variant, string Region), string> _availability = new();
    private readonly Lock _gate = new();
    private readonly FakeLifecycleTimers Timers = new();
    private readonly Queue<DateTimeOffset> _recent = new();
    private long _nextId = 100_000_000;
    private int _createCalls;

    private FakePrintful(TimeProvider? time, string accessToken)
        : base(time)
    {
        AccessToken = accessToken;
    }

    /// <summary>Starts a fake on a free port of 127.0.0.1.</summary>
    /// <param name="timeProvider">The fake's clock (timestamps, lifecycle timers, rate-limit window); the system clock when <see langword="null"/>.</param>
    /// <param name="accessToken">The bearer token it accepts.</param>
    public static FakePrintful Start(TimeProvider? timeProvider = null, string accessToken = DefaultAccessToken) => new(timeProvider, accessToken);

    /// <summary>The bearer token the fake accepts.</summary>
    public string AccessToken { get; }

    /// <summary>Where webhooks are POSTed (include <c>?token=…</c> for v1); <see langword="null"/> sends none.</summary>
    public Uri? WebhookUrl { get; set; }

    /// <summary>Which webhook generation to send. Default v2.</summary>
    public FakePrintfulWebhookVersion WebhookVersion { get; set; } = FakePrintfulWebhookVersion.V2;

    /// <summary>The v2 configuration's <c>secret_key</c> (hex) used to sign deliveries; change it to forge.</summary>
    public string WebhookSecretKey { get; set; } = "3f1c6e0b9a7d4e21b5c8f0a2d6e4b7c91a3f5e7d9b2c4a6e8f0d1b3c5a7e9f20";

    /// <summary>The country v2 shipping rates name as departure country. Default <c>LV</c> (Riga).</summary>
    public string DepartureCountry { get; set; } = "LV";

    /// <summary>The budget <c>X-Ratelimit-*</c> count down from, per 60 s of the fake's clock. Default 120, as Printful's; raise it for tests that make many calls.</summary>
    public int RequestsPerMinute { get; set; } = 120;

    /// <summary><c>X-Ratelimit-Reset</c> sent with a 429 (seconds). Default 0.</summary>
    public double ThrottledResetSeconds { get; set; }

    /// <summary>The orders held, in creation order.</summary>
    public IReadOnlyList<FakePrintfulOrder> Orders => [.. _orders.Values.OrderBy(o => o.Id)];

    /// <summary>How many create-order requests reached the fake's logic (including ones whose answer was lost and ones refused with OR-13).</summary>
    public int CreateCalls => Volatile.Read(ref _createCalls);

    /// <summary>Moves an order into production (<c>inprocess</c>; no longer cancellable) and sends <c>order_updated</c>.</summary>
    public Task StartProductionAsync(long orderId) => SetStatusAsync(orderId, "inprocess", "order_updated", null);

    /// <summary>Fails an order and sends <c>order_failed</c>.</summary>
    public Task FailAsync(long orderId, string reason = "Printfile could not be downloaded") => SetStatusAsync(orderId, "failed", "order_failed", reason);

    /// <summary>Puts an order on hold and sends <c>order_put_hold</c>.</summary>
    public Task PutOnHoldAsync(long orderId, string reason = "Address needs confirmation") => SetStatusAsync(orderId, "onhold", "order_put_hold", reason);

    /// <summary>Sets any status (known or not) and sends <c>order_updated</c>.</summary>
    public Task SetStatusAsync(long orderId, string status) => SetStatusAsync(orderId, status, "order_updated", null);

    /// <summary>Ships an order (<c>fulfilled</c>) with a tracked parcel and sends <c>package_shipped</c> (v1) or <c>shipment_sent</c> (v2).</summary>
    public Task ShipAsync(long orderId, string carrier = "DPD", string service = "DPD Classic", string trackingNumber = "15501234567890", string trackingUrl = "https://tracking.dpd.de/15501234567890")
    {
        var order = Find(orderId);
        JsonObject shipment;
        lock (_gate)
        {
            shipment = order.AddShipment(carrier, service, trackingNumber, trackingUrl, Time.GetUtcNow());
            order.Status = "fulfilled";
        }

        return SendEventAsync(WebhookVersion == FakePrintfulWebhookVersion.V1 ? "package_shipped" : "shipment_sent", order, null, shipment);
    }

    /// <summary>Marks every parcel of an order delivered (seen through v2 shipments; Printful sends no webhook for it).</summary>
    public void Deliver(long orderId)
    {
        var order = Find(orderId);
        lock (_gate)
        {
            foreach (var shipment in order.Shipments)
            {
                order.Delivered.Add(shipment["id"]!.GetValue<long>());
            }
        }
    }

    /// <summary>
    /// The selling regions v2 <c>GET /v2/catalog-variants/{id}/availability</c> lists for every variant, each <c>in stock</c>
    /// for the <c>dtg</c> technique unless <see cref="SetAvailability"/> said otherwise. Default: <c>worldwide</c>, <c>europe</c>,
    /// <c>uk</c>, <c>latvia</c>, <c>spain</c>.
    /// </summary>
    public IReadOnlyList<string> SellingRegions { get; set; } = ["worldwide", "europe", "uk", "latvia", "spain"];

    /// <summary>
    /// Sets what the availability API answers for a catalog variant: <paramref name="availability"/> (<c>in stock</c>,
    /// <c>out of stock</c>, <c>not fulfillable</c>, <c>unknown</c>, or any other word) in one selling region, or in every
    /// region of <see cref="SellingRegions"/> when <paramref name="sellingRegion"/> is <see langword="null"/>. Sends no webhook
    /// (use <see cref="SendCatalogStockUpdatedAsync"/> for that).
    /// </summary>
    public void SetAvailability(long catalogVariantId, string availability, string? sellingRegion = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(availability);
        foreach (var region in sellingRegion is null ? SellingRegions : [sellingRegion])
        {
            _availability[(catalogVariantId, region)] = availability;
        }
    }

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

    private FakePrintfulOrder Find(long id) =>
        _orders.TryGetValue(id, out var order) ? order : throw new InvalidOperationException($"The fake holds no order {id}.");

    private Task SetStatusAsync(long orderId, string status, string eventType, string? reason)
    {
        var order = Find(orderId);
        lock (_gate)
        {
            order.Status = status;
        }

        return SendEventAsync(eventType, order, reason, null);
    }

    private async Task SendEventAsync(string type, FakePrintfulOrder order, string? reason, JsonObject? shipment)
    {
        if (WebhookUrl is null)
        {
            return;
        }

        var now = Time.GetUtcNow();
        var data = new JsonObject();
        if (reason is not null)
        {
            data["reason"] = reason;
        }

        if (shipment is not null)
        {
            data["shipment"] = WebhookVersion == FakePrintfulWebhookVersion.V1 ? shipment.DeepClone() : V2Shipment(shipment, now);
        }

        JsonObject payload;
        if (WebhookVersion == FakePrintfulWebhookVersion.V1)
        {
            data["order"] = order.ToJson();
            payload = new JsonObject { ["type"] = type, ["created"] = now.ToUnixTimeSeconds(), ["retries"] = 0, ["store"] = 1234567, ["data"] = data };
        }
        else
        {
            data["order"] = new JsonObject
            {
                ["id"] = order.Id, ["external_id"] = order.ExternalId, ["status"] = order.Status, ["store_id"] = 1234567,
                ["dashboard_url"] = $"https://www.printful.com/dashboard?order_id={order.Id}",
                ["created_at"] = Iso(order.Created), ["updated_at"] = Iso(now),
            };
            payload = new JsonObject { ["type"] = type, ["occurred_at"] = Iso(now), ["retries"] = 0, ["store_id"] = 1234567, ["data"] = data };
        }

        var body = Encoding.UTF8.GetBytes(payload.ToJsonString());
        await PostWebhookAsync(WebhookUrl, body, WebhookVersion != FakePrintfulWebhookVersion.V2 ? null :
        [
            new("x-pf-webhook-signature", WebhookSecrets.HmacSha256Hex(Convert.FromHexString(WebhookSecretKey), body)),
            new("x-pf-webhook-public-key", Convert.ToBase64String(Encoding.UTF8.GetBytes("fake-public-key"))),
        ]).ConfigureAwait(false);
    }

    /// <summary>
    /// A signed v2 <c>catalog_stock_updated</c> delivery, as Printful sends it about every 5 minutes for the
    /// products a webhook configuration names: <paramref name="changes"/> are (catalog product id, catalog
    /// variant id, availability: <c>in stock</c>, <c>on demand</c>, <c>out of stock</c>, <c>not fulfilled</c>,
    /// <c>discontinued</c> or <c>unknown</c>). Feed it to a webhook endpoint, or post it with
    /// <see cref="SendCatalogStockUpdatedAsync"/>.
    /// </summary>
    public PodWebhookRequest CreateCatalogStockUpdated(params (long ProductId, long VariantId, string Availability)[] changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var data = new JsonArray([.. changes.Select(c => (JsonNode)new JsonObject
        {
            ["catalog_product_id"] = c.ProductId,
            ["catalog_variant_id"] = c.VariantId,
            ["techniques"] = new JsonArray("dtg"),
            ["availability"] = c.Availability,
        })]);
        var payload = new JsonObject { ["type"] = "catalog_stock_updated", ["occurred_at"] = Iso(Time.GetUtcNow()), ["retries"] = 0, ["store_id"] = 1234567, ["data"] = data };
        var body = Encoding.UTF8.GetBytes(payload.ToJsonString());
        return new PodWebhookRequest(body,
        [
            new("x-pf-webhook-signature", WebhookSecrets.HmacSha256Hex(Convert.FromHexString(WebhookSecretKey), body)),
            new("x-pf-webhook-public-key", Convert.ToBase64String(Encoding.UTF8.GetBytes("fake-public-key"))),
        ]);
    }

    /// <summary>Posts <see cref="CreateCatalogStockUpdated"/>'s delivery to <see cref="WebhookUrl"/> (nothing when it is not set).</summary>
    public async Task SendCatalogStockUpdatedAsync(params (long ProductId, long VariantId, string Availability)[] changes)
    {
        if (WebhookUrl is null)
        {
            return;
        }

        var delivery = CreateCatalogStockUpdated(changes);
        await PostWebhookAsync(WebhookUrl, delivery.Body.ToArray(),
        [
            new("x-pf-webhook-signature", delivery.Header("x-pf-webhook-signature")!),
            new("x-pf-webhook-public-key", delivery.Header("x-pf-webhook-public-key")!),
        ]).ConfigureAwait(false);
    }

    private static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    // v2's WebhookShipmentData: ISO times, no carrier; tracking_url as in Printful's newer schema.
    private static JsonObject V2Shipment(JsonObject v1, DateTimeOffset now) => new()
    {
        ["id"] = v1["id"]!.DeepClone(),
        ["status"] = "shipped",
        ["store_id"] = 1234567,
        ["tracking_number"] = v1["tracking_number"]!.DeepClone(),
        ["tracking_url"] = v1["tracking_url"]!.DeepClone(),
        ["created_at"] = Iso(now),
        ["ship_date"] = v1["ship_date"]!.DeepClone(),
        ["shipped_at"] = Iso(now),
        ["reshipment"] = false,
    };

    /// <inheritdoc />
    protected override ResponseMessage? Authenticate(FakeRequest request) =>
        request.Headers.TryGetValue("Authorization", out var values) && values.Contains("Bearer " + AccessToken)
            ? null
            : V1Error(401, "Unauthorized", "The access token provided is invalid.");

    /// <inheritdoc />
    protected override string ErrorBody(int status) => status == 429
        ? V1ErrorJson(429, "TooManyRequests", "You've recently sent too many requests. Please try again after 60 seconds.")
        : V1ErrorJson(status, "InternalServerError", "Internal server error");

    /// <summary>Puts <c>X-Ratelimit-*</c> on every answer, counted over the last 60 s of the fake's clock.</summary>
    protected override void Decorate(ResponseMessage response) => AddRateLimitHeaders(response);

    private void AddRateLimitHeaders(ResponseMessage message)
    {
        int remaining;
        lock (_gate)
        {
            var now = Time.GetUtcNow();
            _recent.Enqueue(now);
            while (_recent.Count > 0 && now - _recent.Peek() > TimeSpan.FromSeconds(60))
            {
                _recent.Dequeue();
            }

            remaining = Math.Max(0, RequestsPerMinute - _recent.Count);
        }

        var throttled = message.StatusCode is int status && status == 429;
        message.AddHeader("X-Ratelimit-Policy", RequestsPerMinute.ToString(CultureInfo.InvariantCulture) + ";w=60;");
        message.AddHeader("X-Ratelimit-Limit", RequestsPerMinute.ToString(CultureInfo.InvariantCulture));
        message.AddHeader("X-Ratelimit-Remaining", (throttled ? 0 : remaining).ToString(CultureInfo.InvariantCulture));
        message.AddHeader("X-Ratelimit-Reset", (throttled ? ThrottledResetSeconds : 0.5).ToString(CultureInfo.InvariantCulture));
    }

    /// <inheritdoc />
    protected override ResponseMessage Handle(FakeRequest request)
    {
        var method = request.Method;
        var path = request.Path;
        try
        {
            if (method == "POST" && path == "/orders")
            {
                return Create(request);
            }

            if (method == "POST" && path == "/orders/estimate-costs")
            {
                return Estimate(request);
            }

            if (method == "POST" && path == "/shipping/rates")
            {
                return RatesV1(request);
            }

            if (method == "POST" && path == "/v2/shipping-rates")
            {
                return RatesV2(request);
            }

            if (method == "GET" && path.StartsWith("/v2/catalog-variants/", StringComparison.Ordinal) && path.EndsWith("/availability", StringComparison.Ordinal))
            {
                return Availability(path["/v2/catalog-variants/".Length..^"/availability".Length]);
            }

            if (method == "GET" && path.StartsWith("/v2/orders/", StringComparison.Ordinal) && path.EndsWith("/shipments", StringComparison.Ordinal))
            {
                var v2Order = Lookup(Uri.UnescapeDataString(path["/v2/orders/".Length..^"/shipments".Length]));
                return v2Order is null
                    ? FakeResponses.Create(404, """{"type":"https://developers.printful.com/docs/v2-beta/#errors/not-found","status":404,"title":"Not Found","details":"Order not found"}""")
                    : FakeResponses.Create(200, v2Order.ToV2Shipments(Time.GetUtcNow()).ToJsonString());
            }

            if (path.StartsWith("/orders/", StringComparison.Ordinal))
            {
                var rest = path["/orders/".Length..];
                if (method == "POST" && rest.EndsWith("/confirm", StringComparison.Ordinal))
                {
                    return Confirm(rest[..^"/confirm".Length]);
                }

                var order = Lookup(Uri.UnescapeDataString(rest));
                return order is null ? V1Error(404, "NotFound", "Not Found")
                    : method == "GET" ? Ok(order.ToJson())
                    : method == "DELETE" ? Cancel(order)
                    : V1Error(405, "MethodNotAllowed", "Method not allowed");
            }

            return V1Error(404, "NotFound", $"No route {method} {path}");
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return V1Error(400, "BadRequest", "Invalid request body: " + e.Message);
        }
    }

    // v2 VariantStockAvailability, wrapped as GetVariantStockAvailabilityById answers it.
    private ResponseMessage Availability(string id)
    {
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var variant))
        {
            return FakeResponses.Create(404, """{"type":"https://developers.printful.com/docs/v2-beta/#errors/not-found","status":404,"title":"Not Found","details":"Catalog variant not found"}""");
        }

        var regions = new JsonArray([.. SellingRegions.Select(r => (JsonNode)new JsonObject
        {
            ["name"] = r,
            ["availability"] = _availability.TryGetValue((variant, r), out var a) ? a : "in stock",
            ["placement_option_availability"] = new JsonArray(),
        })]);
        var json = new JsonObject
        {
            ["data"] = new JsonObject
            {
                ["catalog_variant_id"] = variant,
                ["techniques"] = new JsonArray(new JsonObject { ["technique"] = "dtg", ["selling_regions"] = regions }),
                ["_links"] = new JsonObject { ["variant"] = new JsonObject { ["href"] = $"https://api.printful.com/v2/catalog-variants/{variant}" } },
            },
            ["filter_settings"] = new JsonArray(new JsonObject { ["name"] = "selling_region_name", ["value"] = "worldwide" }),
            ["_links"] = new JsonObject
            {
                ["self"] = new JsonObject { ["href"] = $"https://api.printful.com/v2/catalog-variants/{variant}/availability" },
                ["variant"] = new JsonObject { ["href"] = $"https://api.printful.com/v2/catalog-variants/{variant}" },
            },
        };
        return FakeResponses.Create(200, json.ToJsonString());
    }

    private FakePrintfulOrder? Lookup(string reference) =>
        reference.StartsWith('@')
            ? _orders.Values.FirstOrDefault(o => o.ExternalId == reference[1..])
            : long.TryParse(reference, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && _orders.TryGetValue(id, out var order) ? order : null;

    private ResponseMessage Create(FakeRequest request)
    {
        Interlocked.Increment(ref _createCalls);
        var body = ParseBody(request);
        if (Validate(body) is { } problem)
        {
            return V1Error(400, "BadRequest", problem);
        }

        var externalId = body["external_id"]?.GetValue<string>();
        var confirm = request.QueryValue("confirm") is "true" or "1";
        FakePrintfulOrder order;
        lock (_gate)
        {
            if (externalId is not null && _orders.Values.Any(o => o.ExternalId == externalId))
            {
                return V1Error(400, "OR-13 EXTERNAL_ID_IN_USE", $"The external_id '{externalId}' provided already exists and cannot be used");
            }

            order = new FakePrintfulOrder(Interlocked.Increment(ref _nextId), externalId, confirm ? "pending" : "draft", Time.GetUtcNow(), body);
            _orders[order.Id] = order;
        }

        if (confirm)
        {
            Timers.Schedule(Time, LifecycleSchedule, () => StartProductionAsync(order.Id), () => ShipAsync(order.Id), () => { Deliver(order.Id); return Task.CompletedTask; });
        }

        return Ok(order.ToJson());
    }

    private static string? Validate(JsonObject body)
    {
        if (body["external_id"] is { } ext && (ext.GetValue<string>() is not { Length: > 0 and <= 32 } id || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
        {
            return "External ID can be up to 32 characters long and contain digits, Latin letters, dashes and underscores";
        }

        if (body["recipient"]?["country_code"] is null || body["recipient"]?["address1"] is null)
        {
            return "Recipient country_code and address1 are required";
        }

        if (body["items"] is not JsonArray { Count: > 0 } items)
        {
            return "Missing required parameter: items";
        }

        foreach (var item in items)
        {
            if (item?["variant_id"] is null && item?["sync_variant_id"] is null && item?["external_variant_id"] is null)
            {
                return "Item needs variant_id, sync_variant_id or external_variant_id";
            }

            if (item["quantity"]?.GetValue<int>() is not (>= 1 and <= 1000))
            {
                return "Item quantity must be between 1 and 1000";
            }
        }

        return null;
    }

    private ResponseMessage Confirm(string reference)
    {
        var order = Lookup(reference);
        if (order is null)
        {
            return V1Error(404, "NotFound", "Not Found");
        }

        lock (_gate)
        {
            if (order.Status != "draft")
            {
                return V1Error(400, "OR-1 ORDER_NO_LONGER_EDITABLE", "Only draft orders can be confirmed");
            }

            order.Status = "pending";
        }

        return Ok(order.ToJson());
    }

    private ResponseMessage Cancel(FakePrintfulOrder order)
    {
        lock (_gate)
        {
            if (order.Status != "canceled")
            {
                if (!Cancellable.Contains(order.Status))
                {
                    return V1Error(400, "OR-1 ORDER_NO_LONGER_EDITABLE", $"Order is {order.Status} and can no longer be canceled");
                }

                order.Status = "canceled";
            }
        }

        return Ok(order.ToJson());
    }

    private static ResponseMessage Estimate(FakeRequest request)
    {
        var body = ParseBody(request);
        if (Validate(body) is { } problem)
        {
            return V1Error(400, "BadRequest", problem);
        }

        var subtotal = (body["items"]?.AsArray() ?? []).Sum(i => 9.95m * i!["quantity"]!.GetValue<int>());
        return Ok(new JsonObject
        {
            ["costs"] = new JsonObject { ["currency"] = "EUR", ["subtotal"] = subtotal, ["discount"] = 0, ["shipping"] = 4.49m, ["digitization"] = "0.00", ["additional_fee"] = 0, ["fulfillment_fee"] = 0, ["tax"] = 0, ["vat"] = 0, ["total"] = subtotal + 4.49m },
            ["retail_costs"] = new JsonObject { ["currency"] = "EUR", ["subtotal"] = 0, ["discount"] = 0, ["shipping"] = 0, ["tax"] = 0, ["vat"] = 0, ["total"] = 0 },
        });
    }

    private ResponseMessage RatesV1(FakeRequest request)
    {
        var body = ParseBody(request);
        var today = Time.GetUtcNow();
        return Ok(new JsonArray(new JsonObject
        {
            ["id"] = "STANDARD", ["name"] = "Flat Rate (Estimated delivery: 3-5 days)", ["rate"] = "4.49", ["currency"] = body["currency"]?.DeepClone() ?? "EUR",
            ["minDeliveryDays"] = 3, ["maxDeliveryDays"] = 5,
            ["minDeliveryDate"] = today.AddDays(3).ToUnixTimeSeconds(), ["maxDeliveryDate"] = today.AddDays(5).ToUnixTimeSeconds(),
        }));
    }

    private ResponseMessage RatesV2(FakeRequest request)
    {
        var body = ParseBody(request);
        var currency = body["currency"]?.DeepClone() ?? "EUR";
        var today = DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime);
        JsonObject Rate(string id, string name, string rate, int min, int max) => new()
        {
            ["shipping"] = id, ["shipping_method_name"] = name, ["rate"] = rate, ["currency"] = currency.DeepClone(),
            ["min_delivery_days"] = min, ["max_delivery_days"] = max,
            ["min_delivery_date"] = today.AddDays(min).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["max_delivery_date"] = today.AddDays(max).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["shipments"] = new JsonArray(new JsonObject
            {
                ["departure_country"] = DepartureCountry,
                ["shipment_items"] = new JsonArray([.. (body["order_items"]?.AsArray() ?? []).Select(i => (JsonNode)new JsonObject { ["catalog_variant_id"] = i!["catalog_variant_id"]?.DeepClone(), ["quantity"] = i["quantity"]?.DeepClone() })]),
                ["customs_fees_possible"] = false,
            }),
        };
        var json = new JsonObject
        {
            ["data"] = new JsonArray(Rate("STANDARD", "Flat Rate (Estimated delivery: 3-5 days)", "4.49", 3, 5), Rate("EXPRESS", "Express (Estimated delivery: 1-2 days)", "12.99", 1, 2)),
            ["extra"] = new JsonArray(),
        };
        return FakeResponses.Create(200, json.ToJsonString());
    }

    private static JsonObject ParseBody(FakeRequest request) =>
        JsonNode.Parse(request.Body.Length == 0 ? "{}" : request.BodyText) as JsonObject ?? throw new JsonException("The body is not a JSON object.");

    private static ResponseMessage Ok(JsonNode result) =>
        FakeResponses.Create(200, new JsonObject { ["code"] = 200, ["result"] = result }.ToJsonString());

    private static ResponseMessage V1Error(int status, string reason, string message) => FakeResponses.Create(status, V1ErrorJson(status, reason, message));

    private static string V1ErrorJson(int status, string reason, string message) =>
        new JsonObject { ["code"] = status, ["result"] = message, ["error"] = new JsonObject { ["reason"] = reason, ["message"] = message } }.ToJsonString();
}
