using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using PodConnect.Testing.Common;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace PodConnect.Testing.TikTokShop;

/// <summary>
/// A fake TikTok Shop (Open API 202309 and token host) on WireMock, bound to 127.0.0.1. It checks
/// every request as TikTok does (app key, timestamp window, signature with its own implementation,
/// access token, shop cipher) and answers with TikTok's envelope and error codes. Seed it with
/// orders (<see cref="FakeTikTokOrders"/>), point the client's <c>ApiBaseUrl</c> and <c>AuthBaseUrl</c>
/// at <see cref="FakeServer.BaseAddress"/>, inject faults with <see cref="FakeServer.Faults"/>, read what it
/// received in <see cref="FakeServer.Requests"/> (TikTok's answer code: <see cref="FakeTikTokRequests.TikTokCode"/>),
/// and send signed webhooks with <see cref="SendWebhookAsync"/>. Time comes from the <see cref="TimeProvider"/>
/// you give it.
/// </summary>
public sealed partial class FakeTikTokShop : FakeServer
{
    /// <summary>Default app key.</summary>
    public const string DefaultAppKey = "fake_app_key";

    /// <summary>Default app secret.</summary>
    public const string DefaultAppSecret = "fake_app_secret";

    /// <summary>The seeded seller's open_id.</summary>
    public const string DefaultSellerId = "7010736057180325637";

    /// <summary>The seeded shop's id.</summary>
    public const string DefaultShopId = "7000714532876273420";

    /// <summary>The seeded shop's cipher.</summary>
    public const string DefaultShopCipher = "GCP_XF90igAAAABh00qsWgtvOiGFNqyubMt3";

    /// <summary>The seeded sales warehouse.</summary>
    public const string DefaultWarehouseId = "7068517275539719942";

    /// <summary>The seeded seller-shipping delivery option.</summary>
    public const string DefaultDeliveryOptionId = "7091146663229654785";

    /// <summary>The seeded Royal Mail shipping provider id.</summary>
    public const string RoyalMailProviderId = "6617675021119438849";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, string> _sellerCancellations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _authCodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string SellerId, DateTimeOffset Expires)> _accessTokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string SellerId, DateTimeOffset Expires)> _refreshTokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FakeShop> _shopsByCipher = new(StringComparer.Ordinal);
    private long _sequence;

    private FakeTikTokShop(TimeProvider? timeProvider, string appKey, string appSecret)
        : base(timeProvider)
    {
        AppKey = appKey;
        AppSecret = appSecret;
        AddShop(DefaultSellerId, DefaultShopId, DefaultShopCipher, "PodConnect Test Shop", "GB");
    }

    /// <summary>Starts a fake with a seeded seller and shop (<see cref="DefaultSellerId"/>, <see cref="DefaultShopCipher"/>).</summary>
    public static FakeTikTokShop Start(TimeProvider? timeProvider = null, string appKey = DefaultAppKey, string appSecret = DefaultAppSecret) =>
        new(timeProvider, appKey, appSecret);

    /// <summary>The app key the fake accepts.</summary>
    public string AppKey { get; }

    /// <summary>The app secret the fake signs and verifies with.</summary>
    public string AppSecret { get; }

    /// <summary>How long issued access tokens live (TikTok: 7 days).</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long issued refresh tokens live (commonly reported: about a year).</summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(365);

    /// <summary>
    /// How the fake expects a request whose body is an empty JSON object (<c>{}</c>) to be signed.
    /// Default <see cref="FakeEmptyBodySigning.LeftOut"/>: as TikTok's official SDKs sign it (the body
    /// left out of the signed string), which TikTok must therefore accept. Whether TikTok also accepts
    /// <c>{}</c> inside the signed string is not documented: <see cref="FakeEmptyBodySigning.Either"/>
    /// models a server that does.
    /// </summary>
    public FakeEmptyBodySigning EmptyObjectBodySigning { get; set; } = FakeEmptyBodySigning.LeftOut;

    /// <summary>How many token refreshes succeeded.</summary>
    public int TokenRefreshCount { get; private set; }

    /// <summary>How many mark-as-shipped calls were processed (successful or not, faults excluded).</summary>
    public int MarkShippedCount { get; private set; }

    /// <summary>The orders the seller cancelled (Cancel Order), with the reason given.</summary>
    public IReadOnlyDictionary<string, string> SellerCancellations
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<string, string>(_sellerCancellations);
            }
        }
    }

    /// <summary>Adds an authorized shop for a seller.</summary>
    public void AddShop(string sellerId, string shopId, string cipher, string name = "Fake shop", string region = "GB")
    {
        lock (_gate)
        {
            _shopsByCipher[cipher] = new FakeShop(sellerId, shopId, cipher, name, region);
        }
    }

    /// <summary>An auth code for the seller, as TikTok's redirect would carry (single use).</summary>
    public string IssueAuthCode(string sellerId = DefaultSellerId)
    {
        lock (_gate)
        {
            var code = "TTP_code_" + Next();
            _authCodes[code] = sellerId;
            return code;
        }
    }

    /// <summary>Issues tokens directly (as if the seller had authorized) and returns them, e.g. to seed a token store.</summary>
    public FakeTikTokToken IssueToken(string sellerId = DefaultSellerId)
    {
        lock (_gate)
        {
            return NewToken(sellerId);
        }
    }

    /// <summary>Makes the seller's access tokens expire now (calls with them get 105002).</summary>
    public void ExpireAccessTokens(string sellerId = DefaultSellerId)
    {
        lock (_gate)
        {
            foreach (var token in _accessTokens.Where(t => t.Value.SellerId == sellerId).Select(t => t.Key).ToList())
            {
                _accessTokens[token] = (sellerId, Time.GetUtcNow().AddSeconds(-1));
            }
        }
    }

    /// <summary>Adds or replaces orders of a shop (JSON as TikTok returns it; see <see cref="FakeTikTokOrders"/>).</summary>
    public void SeedOrders(string shopCipher, params JsonObject[] orders)
    {
        ArgumentNullException.ThrowIfNull(orders);
        lock (_gate)
        {
            var shop = _shopsByCipher[shopCipher];
            foreach (var order in orders)
            {
                shop.Orders[(string)order["id"]!] = (JsonObject)order.DeepClone();
            }
        }
    }

    /// <summary>A copy of a seeded order's current JSON, or null.</summary>
    public JsonObject? GetOrder(string shopCipher, string orderId)
    {
        lock (_gate)
        {
            return _shopsByCipher.TryGetValue(shopCipher, out var shop) && shop.Orders.TryGetValue(orderId, out var order)
                ? (JsonObject)order.DeepClone()
                : null;
        }
    }

    /// <summary>Declares a product's SKU with its stock per warehouse (every warehouse listed is one the SKU is assigned to).</summary>
    public void SetInventory(string shopCipher, string productId, string skuId, string sellerSku, IReadOnlyDictionary<string, int> quantityByWarehouse)
    {
        ArgumentNullException.ThrowIfNull(quantityByWarehouse);
        lock (_gate)
        {
            var shop = _shopsByCipher[shopCipher];
            if (!shop.Products.TryGetValue(productId, out var skus))
            {
                shop.Products[productId] = skus = new Dictionary<string, FakeSku>(StringComparer.Ordinal);
            }

            skus[skuId] = new FakeSku(sellerSku, new Dictionary<string, int>(quantityByWarehouse, StringComparer.Ordinal));
        }
    }

    /// <summary>The stock of a SKU in a warehouse, or null when unknown.</summary>
    public int? GetInventory(string shopCipher, string productId, string skuId, string warehouseId)
    {
        lock (_gate)
        {
            return _shopsByCipher.TryGetValue(shopCipher, out var shop)
                && shop.Products.TryGetValue(productId, out var skus)
                && skus.TryGetValue(skuId, out var sku)
                && sku.Stock.TryGetValue(warehouseId, out var quantity) ? quantity : null;
        }
    }

    /// <summary>The shop's webhook subscriptions (event type → address).</summary>
    public IReadOnlyDictionary<string, string> GetWebhookSubscriptions(string shopCipher = DefaultShopCipher)
    {
        lock (_gate)
        {
            return _shopsByCipher[shopCipher].Webhooks.ToDictionary(w => w.Key, w => w.Value.Address, StringComparer.Ordinal);
        }
    }

    /// <summary>The <c>Authorization</c> header TikTok would send with this webhook body.</summary>
    public string SignWebhook(string rawBody)
    {
        ArgumentNullException.ThrowIfNull(rawBody);
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(AppSecret));
        var digest = hmac.ComputeHash(Encoding.UTF8.GetBytes(AppKey + rawBody));
        return string.Concat(digest.Select(b => b.ToString("x2", CultureInfo.InvariantCulture)));
    }

    /// <summary>Builds a webhook body as TikTok does (compact JSON, envelope fields first).</summary>
    public string CreateWebhookBody(int type, JsonObject data, string shopId = DefaultShopId, string? notificationId = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var envelope = new JsonObject
        {
            ["type"] = type,
            ["tts_notification_id"] = notificationId ?? ("738006628401" + Next().ToString("D7", CultureInfo.InvariantCulture)),
            ["shop_id"] = shopId,
            ["timestamp"] = Time.GetUtcNow().ToUnixTimeSeconds(),
            ["data"] = data.DeepClone(),
        };
        return envelope.ToJsonString();
    }

    /// <summary>POSTs a signed webhook to <paramref name="target"/>, as TikTok would; returns the HTTP status of the receiver.</summary>
    public async Task<int> SendWebhookAsync(HttpClient client, Uri target, string rawBody, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var content = new StringContent(rawBody, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = content };
        request.Headers.TryAddWithoutValidation("Authorization", SignWebhook(rawBody));
        using var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return (int)response.StatusCode;
    }

    /// <inheritdoc />
    protected override ResponseMessage Handle(FakeRequest request) =>
        Process(new Incoming(
            request.Method,
            request.Path,
            FakeTikTokSignatureCheck.ParseRawQuery(request.RawQuery),
            request.Body,
            request.ContentType,
            request.Header("x-tts-access-token"))).Message;

    /// <inheritdoc />
    /// <remarks>TikTok's own envelope: 36009002 for a throttled call (HTTP 429), 36009003 otherwise.</remarks>
    protected override string ErrorBody(int status) => status == 429
        ? Error(36009002, "Too many requests. You've made too many requests in a short period of time.").Item1.BodyData!.BodyAsString!
        : Error(36009003, "Internal error. Please try again.").Item1.BodyData!.BodyAsString!;

    private (ResponseMessage Message, int Code) Process(Incoming request)
    {
        lock (_gate)
        {
            if (request.Path.StartsWith("/api/v2/token/", StringComparison.Ordinal))
            {
                return HandleToken(request);
            }

            var route = Routes.Find(r => r.Method == request.Method && r.Pattern.IsMatch(request.Path));
            if (route is null)
            {
                return Error(36009009, "Invalid path. Please check the API path.", status: 404);
            }

            if (Authenticate(request, route.ShopScoped) is { } rejected)
            {
                return rejected;
            }

            var match = route.Pattern.Match(request.Path);
            if (!route.Versions.Contains(match.Groups["v"].Value, StringComparer.Ordinal))
            {
                return Error(36009014, "The version name is invalid. Please check the version in the API path.");
            }

            var shop = route.ShopScoped ? _shopsByCipher[request.Value("shop_cipher")!] : null;
            return route.Handler(this, request, shop, match.Groups["id"].Success ? match.Groups["id"].Value : null);
        }
    }

    private (ResponseMessage, int)? Authenticate(Incoming request, bool shopScoped)
    {
        if (request.Value("app_key") != AppKey)
        {
            return Error(36009004, "Invalid app_key. Please check the app_key in the request.");
        }

        var sign = request.Value("sign");
        if (string.IsNullOrEmpty(sign))
        {
            return Error(36009004, "Missing signature. The sign query parameter is required.");
        }

        if (!long.TryParse(request.Value("timestamp"), NumberStyles.None, CultureInfo.InvariantCulture, out var timestamp))
        {
            return Error(36009004, "Invalid timestamp. The timestamp query parameter is required and must be Unix seconds.");
        }

        var now = Time.GetUtcNow().ToUnixTimeSeconds();
        if (timestamp < now - 300)
        {
            return Error(36009004, "Invalid timestamp. The timestamp must not be earlier than 5 minutes before the current time.");
        }

        if (timestamp > now + 30)
        {
            return Error(36009004, "Invalid timestamp. The timestamp must not exceed the current time by more than 30 seconds.");
        }

        var expected = FakeTikTokSignatureCheck.Expected(AppSecret, request.Path, request.Query, request.Body, request.ContentType);
        var emptyObject = FakeTikTokSignatureCheck.IsEmptyObject(request.Body);
        if (emptyObject)
        {
            // TikTok's official SDKs send a {} body but leave it out of the signed string.
            var leftOut = FakeTikTokSignatureCheck.Expected(AppSecret, request.Path, request.Query, [], request.ContentType);
            expected = EmptyObjectBodySigning == FakeEmptyBodySigning.Included ? expected : leftOut;
        }

        var matches = string.Equals(expected, sign, StringComparison.Ordinal)
            || (emptyObject && EmptyObjectBodySigning == FakeEmptyBodySigning.Either
                && string.Equals(FakeTikTokSignatureCheck.Expected(AppSecret, request.Path, request.Query, request.Body, request.ContentType), sign, StringComparison.Ordinal));
        if (!matches)
        {
            return Error(106001, "Invalid credentials. The sign query parameter is invalid.");
        }

        if (request.AccessToken is null || !_accessTokens.TryGetValue(request.AccessToken, out var holder))
        {
            return Error(36009004, "Invalid credentials. The access_token or x-tts-access-token header is invalid.");
        }

        if (holder.Expires <= Time.GetUtcNow())
        {
            return Error(105002, "Expired credentials. The access_token or x-tts-access-token header has expired.");
        }

        var cipher = request.Value("shop_cipher");
        if (!shopScoped)
        {
            return cipher is null ? null : Error(36009004, "Unexpected identifier. The shop_cipher query parameter is not required for this request.");
        }

        if (cipher is null)
        {
            return Error(106013, "Missing identifier. The shop_cipher query parameter is required to identify the target shop.");
        }

        return _shopsByCipher.TryGetValue(cipher, out var shop) && shop.SellerId == holder.SellerId
            ? null
            : Error(36009004, "Invalid shop_cipher. The shop is not authorized for this access token.");
    }

    private (ResponseMessage, int) HandleToken(Incoming request)
    {
        if (request.Method != "GET")
        {
            return Error(36009010, "Invalid HTTP method.");
        }

        if (request.Value("app_key") != AppKey || request.Value("app_secret") != AppSecret)
        {
            return Error(36004004, "Invalid app_key or app_secret.");
        }

        if (request.Path == "/api/v2/token/get")
        {
            if (request.Value("grant_type") != "authorized_code"
                || request.Value("auth_code") is not { } code
                || !_authCodes.Remove(code, out var sellerId))
            {
                return Error(36004004, "Invalid auth code.");
            }

            return Ok(TokenData(NewToken(sellerId)));
        }

        if (request.Path == "/api/v2/token/refresh")
        {
            if (request.Value("grant_type") != "refresh_token"
                || request.Value("refresh_token") is not { } refresh
                || !_refreshTokens.TryGetValue(refresh, out var holder))
            {
                return Error(36004005, "can not find related auth record");
            }

            if (holder.Expires <= Time.GetUtcNow())
            {
                return Error(36004001, "rt has expired");
            }

            // The refresh token rotates: the old one stops working.
            _refreshTokens.Remove(refresh);
            TokenRefreshCount++;
            return Ok(TokenData(NewToken(holder.SellerId)));
        }

        return Error(36009009, "Invalid path.", status: 404);
    }

    private FakeTikTokToken NewToken(string sellerId)
    {
        var now = Time.GetUtcNow();
        var access = "TTP_access_" + Next() + "_" + RandomNumberGenerator.GetHexString(8, lowercase: true);
        var refresh = "TTP_refresh_" + Next() + "_" + RandomNumberGenerator.GetHexString(8, lowercase: true);
        var accessExpires = DateTimeOffset.FromUnixTimeSeconds((now + AccessTokenLifetime).ToUnixTimeSeconds());
        var refreshExpires = DateTimeOffset.FromUnixTimeSeconds((now + RefreshTokenLifetime).ToUnixTimeSeconds());
        _accessTokens[access] = (sellerId, accessExpires);
        _refreshTokens[refresh] = (sellerId, refreshExpires);
        return new FakeTikTokToken(sellerId, access, accessExpires, refresh, refreshExpires);
    }

    private static JsonObject TokenData(FakeTikTokToken token) => new()
    {
        ["access_token"] = token.AccessToken,
        ["access_token_expire_in"] = token.AccessTokenExpiresAt.ToUnixTimeSeconds(),
        ["refresh_token"] = token.RefreshToken,
        ["refresh_token_expire_in"] = token.RefreshTokenExpiresAt.ToUnixTimeSeconds(),
        ["open_id"] = token.SellerId,
        ["seller_name"] = token.SellerName,
        ["seller_base_region"] = token.SellerBaseRegion,
        ["user_type"] = 0,
        ["granted_scopes"] = new JsonArray("seller.order.info", "seller.fulfillment.basic", "seller.product.basic"),
    };

    private long Next() => Interlocked.Increment(ref _sequence);

    private string RequestId() => Time.GetUtcNow().ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + Next().ToString("X12", CultureInfo.InvariantCulture);

    private (ResponseMessage, int) Ok(JsonNode? data) =>
        (FakeResponses.Create(200, new JsonObject { ["code"] = 0, ["message"] = "Success", ["request_id"] = RequestId(), ["data"] = data }.ToJsonString()), 0);

    private (ResponseMessage, int) Error(int code, string message, int status = 200) =>
        (FakeResponses.Create(status, new JsonObject { ["code"] = code, ["message"] = message, ["request_id"] = RequestId(), ["data"] = null }.ToJsonString()), code);

    private sealed record Incoming(string Method, string Path, List<(string Key, string Value)> Query, byte[] Body, string? ContentType, string? AccessToken)
    {
        public string? Value(string key)
        {
            foreach (var (k, v) in Query)
            {
                if (k == key)
                {
                    return v;
                }
            }

            return null;
        }
    }

    private sealed class FakeShop(string sellerId, string id, string cipher, string name, string region)
    {
        public string SellerId { get; } = sellerId;

        public string Id { get; } = id;

        public string Cipher { get; } = cipher;

        public string Name { get; } = name;

        public string Region { get; } = region;

        public Dictionary<string, JsonObject> Orders { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Dictionary<string, FakeSku>> Products { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, (string Address, long Created, long Updated)> Webhooks { get; } = new(StringComparer.Ordinal);

        /// <summary>Products the seller deactivated.</summary>
        public HashSet<string> DeactivatedProducts { get; } = new(StringComparer.Ordinal);

        /// <summary>Orders whose shipping info was already updated (TikTok allows it once).</summary>
        public HashSet<string> EditedShippingInfo { get; } = new(StringComparer.Ordinal);

        /// <summary>External order references by (TikTok order id, platform).</summary>
        public Dictionary<(string OrderId, string Platform), JsonObject> ExternalOrders { get; } = [];
    }

    private sealed record FakeSku(string SellerSku, Dictionary<string, int> Stock);
}
