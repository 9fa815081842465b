using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PodConnect.Testing.Common;
using WireMock;

namespace PodConnect.Testing.Prodigi;

/// <summary>
/// A stateful fake of Prodigi's Print API v4.0 on WireMock.Net, on 127.0.0.1, speaking raw HTTP and JSON
/// (it references no client package). It behaves like Prodigi where it matters to a client: the
/// <c>X-API-Key</c> header; <c>idempotencyKey</c> (a repeat answers <c>AlreadyExists</c> with the first
/// order); <c>ValidationFailed</c> with per-path failures for missing required fields; an optional pause
/// window (orders created <c>OnHold</c> and invisible to GET until released); cancel answering
/// <c>FailedToCancel</c> once in production; quotes per shipping method with each shipment's lab; and
/// CloudEvents callbacks to each order's <c>callbackUrl</c>. Faults, start-up and the request log come
/// from the shared <see cref="FakeServer"/>.
/// </summary>
public sealed class FakeProdigi : FakeServer
{
    /// <summary>The API key the fake accepts unless another is given.</summary>
    public const string DefaultApiKey = "fake-prodigi-key";

    private static readonly string[] Methods = ["Budget", "Standard", "Express", "Overnight"];

    private readonly ConcurrentDictionary<string, FakeProdigiOrder> _orders = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private int _nextId = 840796;
    private int _createCalls;

    private FakeProdigi(TimeProvider? time, string apiKey)
        : base(time)
    {
        ApiKey = apiKey;
    }

    /// <summary>Starts a fake on a free port of 127.0.0.1.</summary>
    /// <param name="timeProvider">The fake's clock; the system clock when <see langword="null"/>.</param>
    /// <param name="apiKey">The key it accepts in <c>X-API-Key</c>.</param>
    public static FakeProdigi Start(TimeProvider? timeProvider = null, string apiKey = DefaultApiKey) => new(timeProvider, apiKey);

    /// <summary>The key the fake accepts in <c>X-API-Key</c>.</summary>
    public string ApiKey { get; }

    /// <summary>The address to configure as <c>ProdigiClientOptions.BaseAddress</c> (ends in <c>/v4.0/</c>; paths and faults start with <c>/v4.0/</c>).</summary>
    public Uri ApiBaseAddress => new(BaseAddress, "v4.0/");

    /// <summary>When <see langword="true"/>, new orders are held by a pause window: created <c>OnHold</c>, invisible until <see cref="ReleaseAsync"/>.</summary>
    public bool PauseWindow { get; set; }

    /// <summary>The lab country quotes name; <see langword="null"/> = GB for European destinations, US otherwise.</summary>
    public string? LabCountry { get; set; }

    /// <summary>
    /// Where callbacks are actually posted: when set, each order's <c>callbackUrl</c> keeps its path and query (and so
    /// the secret PodConnect puts there) but goes to this scheme, host and port, as a host on a free port of
    /// 127.0.0.1 stands in for your public address. <see langword="null"/> (default): the <c>callbackUrl</c> as given.
    /// </summary>
    public Uri? CallbackAddress { get; set; }

    /// <summary>The orders held, in creation order.</summary>
    public IReadOnlyList<FakeProdigiOrder> Orders => [.. _orders.Values.OrderBy(o => o.Created).ThenBy(o => o.Id, StringComparer.Ordinal)];

    /// <summary>How many create requests reached the fake (including ones whose answer was lost).</summary>
    public int CreateCalls => Volatile.Read(ref _createCalls);

    /// <summary>Releases an order held by the pause window (it becomes visible) and sends the stage callback.</summary>
    public Task ReleaseAsync(string orderId)
    {
        var order = Find(orderId);
        lock (_gate)
        {
            order.OnHold = false;
        }

        return SendCallbackAsync(order, "com.prodigi.order.status.stage.changed#InProgress");
    }

    /// <summary>Moves an order into production (from now on cancel answers <c>FailedToCancel</c>).</summary>
    public void StartProduction(string orderId)
    {
        var order = Find(orderId);
        lock (_gate)
        {
            order.InProduction = "InProgress";
        }
    }

    /// <summary>Adds an issue to an order, e.g. <c>order.items.assets.FailedToDownloaded</c>.</summary>
    public void AddIssue(string orderId, string errorCode, string description = "An issue.")
    {
        var order = Find(orderId);
        lock (_gate)
        {
            order.Issues.Add((errorCode, description));
        }
    }

    /// <summary>Ships an order with one tracked parcel: stage <c>Complete</c>, and the shipment and stage callbacks.</summary>
    public async Task ShipAsync(string orderId, string carrier = "royalmail", string trackingNumber = "RM123456785GB", string trackingUrl = "https://track.example/RM123456785GB")
    {
        var order = Find(orderId);
        lock (_gate)
        {
            order.InProduction = "Complete";
            order.AddShipment(carrier, "Tracked48", trackingNumber, trackingUrl, Time.GetUtcNow());
            order.Stage = "Complete";
        }

        await SendCallbackAsync(order, "com.prodigi.order.shipments.shipment#Shipped").ConfigureAwait(false);
        await SendCallbackAsync(order, "com.prodigi.order.status.stage.changed#Complete").ConfigureAwait(false);
    }

    /// <summary>Builds the CloudEvents callback Prodigi would send for an order now (for tests that post it themselves).</summary>
    public string CallbackBody(string orderId, string type = "com.prodigi.order.status.stage.changed#InProgress") =>
        CallbackJson(Find(orderId), type).ToJsonString();

    /// <summary>Moves an order to a stage (any string, known or not), for status tests.</summary>
    public void SetStage(string orderId, string stage)
    {
        var order = Find(orderId);
        lock (_gate)
        {
            order.Stage = stage;
        }
    }

    /// <inheritdoc />
    protected override ResponseMessage? Authenticate(FakeRequest request) =>
        request.Header("X-API-Key") == ApiKey ? null : Error(401, "Unauthorized");

    /// <inheritdoc />
    protected override string ErrorBody(int status) => ErrorJson(status, status == 429 ? "Too Many Requests" : "Internal Server Error");

    private FakeProdigiOrder Find(string orderId) =>
        _orders.TryGetValue(orderId, out var order) ? order : throw new InvalidOperationException($"The fake holds no order '{orderId}'.");

    private JsonObject CallbackJson(FakeProdigiOrder order, string type)
    {
        lock (_gate)
        {
            return new JsonObject
            {
                ["specversion"] = "1.0",
                ["type"] = type,
                ["source"] = "https://api.sandbox.prodigi.com/v4.0/Orders/",
                ["id"] = "evt_" + Guid.NewGuid().ToString("N")[..10],
                ["time"] = Time.GetUtcNow().UtcDateTime.ToString("O"),
                ["datacontenttype"] = "application/json",
                ["data"] = new JsonObject { ["order"] = order.ToJson() },
                ["subject"] = order.Id,
            };
        }
    }

    private async Task SendCallbackAsync(FakeProdigiOrder order, string type)
    {
        if (!Uri.TryCreate(order.CallbackUrl, UriKind.Absolute, out var url))
        {
            return;
        }

        if (CallbackAddress is { } address)
        {
            url = new UriBuilder(url) { Scheme = address.Scheme, Host = address.Host, Port = address.Port }.Uri;
        }

        await PostWebhookAsync(url, Encoding.UTF8.GetBytes(CallbackJson(order, type).ToJsonString())).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override ResponseMessage Handle(FakeRequest request)
    {
        var path = request.Path;
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var method = request.Method.ToUpperInvariant();
        if (segments.Length < 2 || !string.Equals(segments[0], "v4.0", StringComparison.Ordinal))
        {
            return Outcome(404, "EndpointDoesNotExist");
        }

        try
        {
            var resource = segments[1].ToLowerInvariant();
            return (method, resource, segments.Length) switch
            {
                ("POST", "orders", 2) => Create(request),
                ("GET", "orders", 2) => List(request),
                ("GET", "orders", 3) => Get(segments[2]),
                ("GET", "orders", 4) when segments[3].Equals("actions", StringComparison.OrdinalIgnoreCase) => Actions(segments[2]),
                ("POST", "orders", 5) when segments[4].Equals("cancel", StringComparison.OrdinalIgnoreCase) => Cancel(segments[2]),
                ("POST", "quotes", 2) => Quote(request),
                _ => Outcome(404, "EndpointDoesNotExist"),
            };
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            return Outcome(400, "ValidationFailed", new JsonObject { ["failures"] = new JsonObject { ["body"] = new JsonArray(new JsonObject { ["code"] = "InvalidJson", ["providedValue"] = null }) } });
        }
    }

    private ResponseMessage Create(FakeRequest request)
    {
        Interlocked.Increment(ref _createCalls);
        var body = JsonNode.Parse(request.Body.Length == 0 ? "{}" : request.BodyText) as JsonObject ?? throw new JsonException("not an object");
        var failures = new JsonObject();
        void Require(string path, JsonNode? node)
        {
            if (node is null || (node is JsonValue v && v.TryGetValue<string>(out var s) && string.IsNullOrWhiteSpace(s)))
            {
                failures[path] = new JsonArray(new JsonObject { ["code"] = "Required", ["providedValue"] = null });
            }
        }

        Require("shippingMethod", body["shippingMethod"]);
        Require("recipient.name", body["recipient"]?["name"]);
        Require("recipient.address.line1", body["recipient"]?["address"]?["line1"]);
        Require("recipient.address.postalOrZipCode", body["recipient"]?["address"]?["postalOrZipCode"]);
        Require("recipient.address.townOrCity", body["recipient"]?["address"]?["townOrCity"]);
        Require("recipient.address.countryCode", body["recipient"]?["address"]?["countryCode"]);
        if (body["items"] is not JsonArray { Count: > 0 } items)
        {
            failures["items"] = new JsonArray(new JsonObject { ["code"] = "Required", ["providedValue"] = null });
        }
        else
        {
            for (var i = 0; i < items.Count; i++)
            {
                Require($"items[{i}].sku", items[i]?["sku"]);
                Require($"items[{i}].sizing", items[i]?["sizing"]);
                Require($"items[{i}].assets", items[i]?["assets"]);
            }
        }

        if (failures.Count > 0)
        {
            return Outcome(400, "ValidationFailed", new JsonObject { ["failures"] = failures });
        }

        var key = body["idempotencyKey"]?.GetValue<string>();
        lock (_gate)
        {
            if (key is not null && _orders.Values.FirstOrDefault(o => o.IdempotencyKey == key) is { } existing)
            {
                return OrderOutcome("AlreadyExists", existing);
            }

            var order = new FakeProdigiOrder("ord_" + (_nextId++).ToString(CultureInfo.InvariantCulture), Time.GetUtcNow(), body, PauseWindow);
            _orders[order.Id] = order;
            return order.OnHold
                ? Outcome(200, "OnHold", new JsonObject { ["order"] = new JsonObject { ["id"] = order.Id } })
                : OrderOutcome("Created", order);
        }
    }

    private ResponseMessage Get(string id)
    {
        lock (_gate)
        {
            return _orders.TryGetValue(id, out var order) && !order.OnHold ? OrderOutcome("Ok", order) : Outcome(404, "EntityNotFound");
        }
    }

    private ResponseMessage List(FakeRequest request)
    {
        string? One(string name) => request.Query.FirstOrDefault(q => string.Equals(q.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
        var given = request.Query.Where(q => string.Equals(q.Key, "merchantReferences", StringComparison.OrdinalIgnoreCase)).Select(q => q.Value).ToHashSet(StringComparer.Ordinal);
        var references = given.Count == 0 ? null : given;
        var top = int.Parse(One("top") ?? "10", CultureInfo.InvariantCulture);
        var skip = int.Parse(One("skip") ?? "0", CultureInfo.InvariantCulture);
        if (top is < 1 or > 100 || skip < 0)
        {
            return Outcome(400, "ValidationFailed", new JsonObject { ["failures"] = new JsonObject { ["top"] = new JsonArray(new JsonObject { ["code"] = "OutOfRange" }) } });
        }

        lock (_gate)
        {
            var matches = _orders.Values
                .Where(o => !o.OnHold && (references is null || (o.MerchantReference is { } r && references.Contains(r))))
                .OrderByDescending(o => o.Created).ThenByDescending(o => o.Id, StringComparer.Ordinal)
                .ToList();
            var page = matches.Skip(skip).Take(top).ToList();
            var hasMore = skip + page.Count < matches.Count;
            return Json(200, new JsonObject
            {
                ["outcome"] = "Ok",
                ["orders"] = new JsonArray([.. page.Select(o => (JsonNode)o.ToJson())]),
                ["hasMore"] = hasMore,
                ["nextUrl"] = hasMore ? $"https://api.sandbox.prodigi.com/v4.0/Orders?Skip={skip + page.Count}" : null,
                ["traceParent"] = Trace(),
            });
        }
    }

    private ResponseMessage Actions(string id)
    {
        lock (_gate)
        {
            if (!_orders.TryGetValue(id, out var order) || order.OnHold)
            {
                return Outcome(404, "EntityNotFound");
            }

            var open = order.Stage == "InProgress" && order.InProduction == "NotStarted" ? "Yes" : "No";
            return Json(200, new JsonObject
            {
                ["outcome"] = "Ok",
                ["cancel"] = new JsonObject { ["isAvailable"] = open },
                ["changeRecipientDetails"] = new JsonObject { ["isAvailable"] = open },
                ["changeShippingMethod"] = new JsonObject { ["isAvailable"] = open },
                ["changeMetaData"] = new JsonObject { ["isAvailable"] = "Yes" },
                ["traceParent"] = Trace(),
            });
        }
    }

    private ResponseMessage Cancel(string id)
    {
        lock (_gate)
        {
            if (!_orders.TryGetValue(id, out var order) || order.OnHold)
            {
                return Outcome(404, "EntityNotFound");
            }

            if (order.Stage == "Cancelled")
            {
                return Outcome(200, "ActionNotAvailable");
            }

            if (order.Stage != "InProgress" || order.InProduction != "NotStarted")
            {
                return Outcome(200, "FailedToCancel");
            }

            order.Stage = "Cancelled";
            return OrderOutcome("Cancelled", order);
        }
    }

    private ResponseMessage Quote(FakeRequest request)
    {
        var body = JsonNode.Parse(request.Body.Length == 0 ? "{}" : request.BodyText) as JsonObject ?? throw new JsonException("not an object");
        var destination = body["destinationCountryCode"]?.GetValue<string>();
        if (string.IsNullOrEmpty(destination) || body["items"] is not JsonArray { Count: > 0 } items)
        {
            return Outcome(400, "ValidationFailed", new JsonObject { ["failures"] = new JsonObject { ["destinationCountryCode"] = new JsonArray(new JsonObject { ["code"] = "Required" }) } });
        }

        var currency = body["currencyCode"]?.GetValue<string>() ?? "GBP";
        var lab = LabCountry ?? (destination is "US" or "CA" ? "US" : "GB");
        var requested = body["shippingMethod"]?.GetValue<string>();
        var methods = requested is null ? Methods : [requested];
        var quoteItems = items.Select((item, i) => new JsonObject
        {
            ["id"] = $"qit_{i + 1}",
            ["sku"] = item!["sku"]!.DeepClone(),
            ["copies"] = item["copies"]!.DeepClone(),
            ["unitCost"] = Cost(7.50m, currency),
            ["attributes"] = item["attributes"]?.DeepClone() ?? new JsonObject(),
            ["assets"] = item["assets"]?.DeepClone(),
        }).ToList();
        var itemsTotal = items.Sum(i => 7.50m * i!["copies"]!.GetValue<int>());
        var quotes = new JsonArray();
        foreach (var (method, index) in methods.Select((m, i) => (m, i)))
        {
            var shipping = 1.50m + (3m * Array.IndexOf(Methods, method));
            quotes.Add(new JsonObject
            {
                ["shipmentMethod"] = method,
                ["costSummary"] = new JsonObject { ["items"] = Cost(itemsTotal, currency), ["shipping"] = Cost(shipping, currency) },
                ["shipments"] = new JsonArray(new JsonObject
                {
                    ["carrier"] = new JsonObject { ["name"] = lab == "GB" ? "royalmail" : "usps", ["service"] = method },
                    ["fulfillmentLocation"] = new JsonObject { ["countryCode"] = lab, ["labCode"] = lab.ToLowerInvariant() + "6" },
                    ["cost"] = Cost(shipping, currency),
                    ["items"] = new JsonArray([.. quoteItems.Select(q => (JsonNode)JsonValue.Create(q["id"]!.GetValue<string>()))]),
                }),
                ["items"] = new JsonArray([.. quoteItems.Select(q => (JsonNode)q.DeepClone())]),
            });
        }

        return Json(200, new JsonObject { ["outcome"] = "Created", ["quotes"] = quotes, ["traceParent"] = Trace() });
    }

    private static JsonObject Cost(decimal amount, string currency) =>
        new() { ["amount"] = amount.ToString("0.00", CultureInfo.InvariantCulture), ["currency"] = currency };

    private static ResponseMessage OrderOutcome(string outcome, FakeProdigiOrder order) =>
        Outcome(200, outcome, new JsonObject { ["order"] = order.ToJson() });

    private static ResponseMessage Outcome(int status, string outcome, JsonObject? extra = null)
    {
        var body = new JsonObject { ["outcome"] = outcome };
        foreach (var (name, value) in extra ?? [])
        {
            body[name] = value?.DeepClone();
        }

        body["traceParent"] = Trace();
        return Json(status, body);
    }

    private static ResponseMessage Error(int status, string text) => FakeResponses.Create(status, ErrorJson(status, text));

    private static string ErrorJson(int status, string text) =>
        new JsonObject { ["statusText"] = text, ["statusCode"] = status, ["data"] = new JsonObject(), ["traceParent"] = Trace() }.ToJsonString();

    private static ResponseMessage Json(int status, JsonObject body) => FakeResponses.Create(status, body.ToJsonString());

    private static string Trace() => $"00-{Guid.NewGuid():N}-{Guid.NewGuid().ToString("N")[..16]}-00";
}
