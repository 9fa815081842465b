using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PodConnect.Testing.Common;
using WireMock;

namespace PodConnect.Testing.Printify;

/// <summary>
/// A stateful fake of Printify's API v1 for one shop on WireMock.Net, on 127.0.0.1, speaking raw HTTP
/// and JSON (it references no client package). Like Printify: it requires the bearer token and a
/// <c>User-Agent</c>; a create answers only the id and leaves the order <c>on-hold</c> (no idempotency:
/// two creates make two orders); lists hold at most 10 per page, newest first; cancel answers 400 unless
/// <c>on-hold</c> or <c>payment-not-received</c>; webhooks are signed with <c>X-Pfy-Signature</c>. Faults,
/// start-up and the request log come from the shared <see cref="FakeServer"/>.
/// </summary>
public sealed class FakePrintify : FakeServer
{
    /// <summary>The token the fake accepts.</summary>
    public const string DefaultToken = "fake-printify-token";

    /// <summary>The shop the fake serves.</summary>
    public const string DefaultShopId = "815256";

    private static readonly string[] RequiredAddressFields = ["first_name", "last_name", "country", "address1", "city", "zip"];

    private readonly ConcurrentDictionary<string, JsonObject> _orders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(long Blueprint, long Provider), ConcurrentDictionary<long, bool>> _catalog = new();
    private readonly Lock _gate = new();
    private int _sequence;
    private int _createCalls;

    private FakePrintify(TimeProvider? time)
        : base(time)
    {
    }

    /// <summary>Starts a fake on a free port of 127.0.0.1.</summary>
    /// <param name="timeProvider">The fake's clock; the system clock when <see langword="null"/>.</param>
    public static FakePrintify Start(TimeProvider? timeProvider = null) => new(timeProvider);

    /// <summary>The address to configure as <c>PrintifyClientOptions.BaseAddress</c> (ends in <c>/v1/</c>; paths and faults start with <c>/v1/shops/{shop}/</c>).</summary>
    public Uri ApiBaseAddress => new(BaseAddress, "v1/");

    /// <summary>
    /// Puts a catalog variant in the fake's catalogue, in stock or not: <c>GET /v1/catalog/blueprints/{b}/print_providers/{p}/variants.json</c>
    /// lists the pair's variants in stock (every variant with <c>show-out-of-stock=1</c>), as Printify does; a pair with no
    /// variant set answers 404.
    /// </summary>
    public void SetCatalogVariant(long blueprintId, long printProviderId, long variantId, bool inStock = true) =>
        _catalog.GetOrAdd((blueprintId, printProviderId), _ => new ConcurrentDictionary<long, bool>())[variantId] = inStock;

    /// <summary>Where webhooks are POSTed; <see langword="null"/> sends none.</summary>
    public Uri? WebhookUrl { get; set; }

    /// <summary>The subscription secret; <see langword="null"/> sends unsigned webhooks.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Whether orders echo <c>external_id</c> (integrators see it; Printify's published example does not show it).</summary>
    public bool EchoExternalId { get; set; } = true;

    /// <summary>How many create requests reached the fake.</summary>
    public int CreateCalls => Volatile.Read(ref _createCalls);

    /// <summary>The orders' ids, oldest first.</summary>
    public IReadOnlyList<string> OrderIds
    {
        get
        {
            lock (_gate)
            {
                return [.. _orders.Values.OrderBy(o => o["seq"]!.GetValue<int>()).Select(o => o["id"]!.GetValue<string>())];
            }
        }
    }

    /// <summary>An order's status.</summary>
    public string StatusOf(string orderId)
    {
        lock (_gate)
        {
            return Find(orderId)["status"]!.GetValue<string>();
        }
    }

    /// <summary>Sets an order's status (any string) and sends <c>order:updated</c>.</summary>
    public Task SetStatusAsync(string orderId, string status)
    {
        lock (_gate)
        {
            Find(orderId)["status"] = status;
        }

        return SendWebhookAsync("order:updated", orderId, new JsonObject { ["shop_id"] = long.Parse(DefaultShopId, CultureInfo.InvariantCulture), ["status"] = status });
    }

    /// <summary>Ships an order with a tracked parcel (<c>fulfilled</c>) and sends <c>order:shipment:created</c>.</summary>
    public async Task ShipAsync(string orderId, string carrier = "DHL", string number = "JD014600003828", string url = "https://track.example/JD014600003828")
    {
        var shippedAt = Time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss+00:00", CultureInfo.InvariantCulture);
        lock (_gate)
        {
            var order = Find(orderId);
            order["status"] = "fulfilled";
            order["shipments"]!.AsArray().Add(new JsonObject { ["carrier"] = carrier.ToLowerInvariant(), ["number"] = number, ["url"] = url, ["delivered_at"] = null });
        }

        await SendWebhookAsync("order:shipment:created", orderId, new JsonObject
        {
            ["shop_id"] = long.Parse(DefaultShopId, CultureInfo.InvariantCulture),
            ["shipped_at"] = shippedAt,
            ["carrier"] = new JsonObject { ["code"] = carrier, ["tracking_number"] = number, ["tracking_url"] = url },
            ["skus"] = new JsonArray(),
        }).ConfigureAwait(false);
    }

    /// <summary>Sets an order's status without a webhook (for status tests).</summary>
    public void SetStatus(string orderId, string status)
    {
        lock (_gate)
        {
            Find(orderId)["status"] = status;
        }
    }

    /// <summary>The external id an order was created with (the caller's order id), or <see langword="null"/> when it has none.</summary>
    public string? ExternalIdOf(string orderId)
    {
        lock (_gate)
        {
            return Find(orderId)["external_id"]?.GetValue<string>();
        }
    }

    /// <summary>How many orders carry an external id.</summary>
    public int OrdersWithExternalId(string externalId)
    {
        lock (_gate)
        {
            return _orders.Values.Count(o => o["external_id"]?.GetValue<string>() == externalId);
        }
    }

    /// <inheritdoc />
    protected override ResponseMessage? Authenticate(FakeRequest request) =>
        request.Header("Authorization") != "Bearer " + DefaultToken ? Error(401, 401, "Unauthenticated.")
        : string.IsNullOrWhiteSpace(request.Header("User-Agent")) ? Error(400, 400, "A User-Agent header is required.")
        : null;

    /// <inheritdoc />
    protected override string ErrorBody(int status) => ErrorJson(status, status == 429 ? "Too Many Attempts." : "Server error.", null);

    private JsonObject Find(string id) => _orders.TryGetValue(id, out var order) ? order : throw new InvalidOperationException($"The fake holds no order '{id}'.");

    private async Task SendWebhookAsync(string type, string orderId, JsonObject data)
    {
        if (WebhookUrl is null)
        {
            return;
        }

        var body = new JsonObject
        {
            ["id"] = Guid.NewGuid().ToString(),
            ["type"] = type,
            ["created_at"] = Time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss+00:00", CultureInfo.InvariantCulture),
            ["resource"] = new JsonObject { ["id"] = orderId, ["type"] = "order", ["data"] = data },
        }.ToJsonString();
        var bytes = Encoding.UTF8.GetBytes(body);
        var headers = WebhookSecret is null
            ? null
            : new[] { new KeyValuePair<string, string>("X-Pfy-Signature", "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(WebhookSecret), bytes))) };
        await PostWebhookAsync(WebhookUrl, bytes, headers).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override ResponseMessage Handle(FakeRequest request)
    {
        if (request.Method == "GET" && request.Path.StartsWith("/v1/catalog/blueprints/", StringComparison.Ordinal) && request.Path.EndsWith("/variants.json", StringComparison.Ordinal))
        {
            return CatalogVariants(request);
        }

        var prefix = $"/v1/shops/{DefaultShopId}/";
        if (!request.Path.StartsWith(prefix, StringComparison.Ordinal))
        {
            return Error(404, 404, "Not found.");
        }

        var rest = request.Path[prefix.Length..];
        var method = request.Method.ToUpperInvariant();
        try
        {
            return (method, rest) switch
            {
                ("POST", "orders.json") => Create(request),
                ("GET", "orders.json") => List(request),
                ("POST", "orders/shipping.json") => Shipping(request),
                ("POST", _) when rest.StartsWith("orders/", StringComparison.Ordinal) && rest.EndsWith("/send_to_production.json", StringComparison.Ordinal) =>
                    SendToProduction(rest["orders/".Length..^"/send_to_production.json".Length]),
                ("POST", _) when rest.StartsWith("orders/", StringComparison.Ordinal) && rest.EndsWith("/cancel.json", StringComparison.Ordinal) =>
                    Cancel(rest["orders/".Length..^"/cancel.json".Length]),
                ("GET", _) when rest.StartsWith("orders/", StringComparison.Ordinal) && rest.EndsWith(".json", StringComparison.Ordinal) =>
                    Get(rest["orders/".Length..^".json".Length]),
                _ => Error(404, 404, "Not found."),
            };
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return Error(400, 8001, "Malformed request.");
        }
    }

    private ResponseMessage Create(FakeRequest request)
    {
        Interlocked.Increment(ref _createCalls);
        var body = JsonNode.Parse(request.Body.Length == 0 ? "{}" : request.BodyText) as JsonObject ?? throw new JsonException("not an object");
        var address = body["address_to"] as JsonObject;
        var missing = RequiredAddressFields.FirstOrDefault(f => string.IsNullOrWhiteSpace(address?[f]?.GetValue<string>()));
        if (string.IsNullOrWhiteSpace(body["external_id"]?.GetValue<string>()) || missing is not null || body["line_items"] is not JsonArray { Count: > 0 })
        {
            var field = missing ?? "external_id";
            return Error(400, 8103, "Validation failed.", reason: $"{{\"{field}\":[\"The {field} field is required.\"]}}");
        }

        lock (_gate)
        {
            var seq = ++_sequence;
            var id = Convert.ToHexStringLower(BitConverter.GetBytes((long)seq)) + "5a96f649b2439217";
            var created = Time.GetUtcNow().AddSeconds(seq).UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss+00:00", CultureInfo.InvariantCulture);
            var lines = new JsonArray([.. body["line_items"]!.AsArray().Select(l => (JsonNode)new JsonObject
            {
                ["product_id"] = l!["product_id"]?.DeepClone() ?? "generated",
                ["quantity"] = l["quantity"]!.DeepClone(),
                ["variant_id"] = l["variant_id"]?.DeepClone() ?? 17887,
                ["print_provider_id"] = l["print_provider_id"]?.DeepClone() ?? 5,
                ["cost"] = 1050,
                ["shipping_cost"] = 400,
                ["status"] = "on-hold",
                ["metadata"] = new JsonObject { ["title"] = "Tee", ["price"] = 2200, ["variant_label"] = "M", ["sku"] = l["sku"]?.DeepClone() ?? "168699843", ["country"] = "Germany" },
            })]);
            var order = new JsonObject
            {
                ["seq"] = seq,
                ["id"] = id,
                ["address_to"] = address!.DeepClone(),
                ["line_items"] = lines,
                ["metadata"] = new JsonObject { ["order_type"] = "api", ["shop_order_id"] = seq, ["shop_order_label"] = body["label"]?.DeepClone(), ["shop_fulfilled_at"] = null },
                ["total_price"] = 2200,
                ["total_shipping"] = 400,
                ["total_tax"] = 0,
                ["status"] = "on-hold",
                ["shipping_method"] = body["shipping_method"]?.DeepClone() ?? 1,
                ["is_printify_express"] = false,
                ["is_economy_shipping"] = false,
                ["shipments"] = new JsonArray(),
                ["created_at"] = created,
                ["sent_to_production_at"] = null,
                ["fulfilled_at"] = null,
                ["external_id"] = body["external_id"]!.DeepClone(),
            };
            _orders[id] = order;
            return Ok(new JsonObject { ["id"] = id });
        }
    }

    private ResponseMessage Get(string id)
    {
        lock (_gate)
        {
            return _orders.TryGetValue(id, out var order) ? Ok(Public(order)) : Error(404, 404, "Order not found.");
        }
    }

    private ResponseMessage SendToProduction(string id)
    {
        lock (_gate)
        {
            if (!_orders.TryGetValue(id, out var order))
            {
                return Error(404, 404, "Order not found.");
            }

            if (order["status"]!.GetValue<string>() != "on-hold")
            {
                return Error(400, 10300, "Operation failed: the order was already sent to production.");
            }

            order["status"] = "sending-to-production";
            order["sent_to_production_at"] = Time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss+00:00", CultureInfo.InvariantCulture);
            return Ok(Public(order));
        }
    }

    private ResponseMessage Cancel(string id)
    {
        lock (_gate)
        {
            if (!_orders.TryGetValue(id, out var order))
            {
                return Error(404, 404, "Order not found.");
            }

            if (order["status"]!.GetValue<string>() is not ("on-hold" or "payment-not-received"))
            {
                return Error(400, 10300, "Operation failed: the order cannot be canceled in its status.");
            }

            order["status"] = "canceled";
            return Ok(Public(order));
        }
    }

    private ResponseMessage List(FakeRequest request)
    {
        string? One(string name) => request.QueryValue(name);
        var limit = int.Parse(One("limit") ?? "10", CultureInfo.InvariantCulture);
        var page = int.Parse(One("page") ?? "1", CultureInfo.InvariantCulture);
        if (limit is < 1 or > 10 || page < 1)
        {
            return Error(400, 8001, "The limit may not be greater than 10.");
        }

        lock (_gate)
        {
            var all = _orders.Values.OrderByDescending(o => o["seq"]!.GetValue<int>()).ToList();
            var last = Math.Max(1, (all.Count + limit - 1) / limit);
            var data = all.Skip((page - 1) * limit).Take(limit).Select(o => (JsonNode)Public(o)).ToArray();
            var url = $"{BaseAddress}shops/{DefaultShopId}/orders.json?page=";
            return Ok(new JsonObject
            {
                ["current_page"] = page,
                ["data"] = new JsonArray(data),
                ["first_page_url"] = url + "1",
                ["from"] = data.Length == 0 ? null : ((page - 1) * limit) + 1,
                ["last_page"] = last,
                ["last_page_url"] = url + last.ToString(CultureInfo.InvariantCulture),
                ["next_page_url"] = page < last ? url + (page + 1).ToString(CultureInfo.InvariantCulture) : null,
                ["path"] = $"{BaseAddress}shops/{DefaultShopId}/orders.json",
                ["per_page"] = limit,
                ["prev_page_url"] = page > 1 ? url + (page - 1).ToString(CultureInfo.InvariantCulture) : null,
                ["to"] = data.Length == 0 ? null : ((page - 1) * limit) + data.Length,
                ["total"] = all.Count,
            });
        }
    }

    private static ResponseMessage Shipping(FakeRequest request)
    {
        var body = JsonNode.Parse(request.Body.Length == 0 ? "{}" : request.BodyText) as JsonObject ?? throw new JsonException("not an object");
        if (body["address_to"]?["country"] is null || body["line_items"] is not JsonArray { Count: > 0 })
        {
            return Error(400, 8103, "Validation failed.", reason: "{\"address_to.country\":[\"The country field is required.\"]}");
        }

        return Ok(new JsonObject { ["standard"] = 1000, ["express"] = 5000, ["priority"] = 5000, ["printify_express"] = 799, ["economy"] = 399 });
    }

    private JsonObject Public(JsonObject order)
    {
        var copy = order.DeepClone().AsObject();
        copy.Remove("seq");
        if (!EchoExternalId)
        {
            copy.Remove("external_id");
        }

        return copy;
    }

    // {"id":provider,"title":…,"variants":[{"id","title","options","placeholders"}]}: in-stock variants unless show-out-of-stock=1.
    private ResponseMessage CatalogVariants(FakeRequest request)
    {
        var parts = request.Path.Split('/'); // "", v1, catalog, blueprints, {b}, print_providers, {p}, variants.json
        if (parts.Length != 8 || parts[5] != "print_providers"
            || !long.TryParse(parts[4], NumberStyles.None, CultureInfo.InvariantCulture, out var blueprint)
            || !long.TryParse(parts[6], NumberStyles.None, CultureInfo.InvariantCulture, out var provider)
            || !_catalog.TryGetValue((blueprint, provider), out var variants))
        {
            return Error(404, 404, "Not found.");
        }

        var all = request.QueryValue("show-out-of-stock") == "1";
        return Ok(new JsonObject
        {
            ["id"] = provider,
            ["title"] = $"Print provider {provider}",
            ["variants"] = new JsonArray([.. variants.Where(v => all || v.Value).OrderBy(v => v.Key).Select(v => (JsonNode)new JsonObject
            {
                ["id"] = v.Key,
                ["title"] = $"Variant {v.Key}",
                ["options"] = new JsonObject { ["color"] = "Black", ["size"] = "M" },
                ["placeholders"] = new JsonArray(new JsonObject { ["position"] = "front", ["height"] = 2400, ["width"] = 3200 }),
            })]),
        });
    }

    private static ResponseMessage Ok(JsonNode body) => FakeResponses.Create(200, body.ToJsonString());

    private static ResponseMessage Error(int status, int code, string message, string? reason = null) =>
        FakeResponses.Create(status, ErrorJson(code, message, reason));

    private static string ErrorJson(int code, string message, string? reason) => new JsonObject
    {
        ["status"] = "error",
        ["code"] = code,
        ["message"] = message,
        ["errors"] = new JsonObject { ["reason"] = reason ?? message, ["code"] = code },
    }.ToJsonString();
}
