using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using PodConnect.Domain;
using PodConnect.Errors;
using PodConnect.Testing.Fuzzing;
using PodConnect.Testing.TikTokShop;
using PodConnect.TikTokShop.Auth;
using PodConnect.TikTokShop.Internal;
using PodConnect.TikTokShop.Orders;
using PodConnect.TikTokShop.Webhooks;
using Xunit.Abstractions;

namespace PodConnect.TikTokShop.Tests.Fuzzing;

/// <summary>
/// Seeded fuzz of every TikTok entry point that reads untrusted bytes, with the shared mutator: each
/// case ends in a result or a typed <see cref="PodConnectException"/>, never a raw runtime exception
/// or a hang. Seeds are TikTok's own examples.
/// </summary>
public sealed class TikTokFuzzTests(ITestOutputHelper output)
{
    private const int Cases = 3_000;
    private static readonly TikTokShopTransport Transport = new(() => throw new InvalidOperationException("no HTTP in fuzz tests"), TimeProvider.System);

    private static byte[] Example(string name) => Encoding.UTF8.GetBytes(OfficialExamplesTests.Example(name));

    private static bool Typed(Exception e) => e is PodConnectException;

    private FuzzSummary Run(string entryPoint, byte[] seedBody, int seed, Action<byte[]> parse)
    {
        var summary = Fuzz.Check(new JsonMutator(seed).Mutate(seedBody, Cases), parse, Typed);
        output.WriteLine($"{entryPoint} (seed {seed}): {summary.Total} cases, {summary.Parsed} parsed, {summary.Rejected} rejected, {summary.Elapsed.TotalMilliseconds:0} ms");
        Assert.Equal(Cases, summary.Total);
        return summary;
    }

    public static TheoryData<string> Webhooks =>
    [
        "webhook_order_status_change.json",
        "webhook_recipient_address_update.json",
        "webhook_package_update.json",
        "webhook_seller_deauthorization.json",
        "webhook_upcoming_authorization_expiration.json",
        "webhook_cancellation_status_change.json",
    ];

    internal static readonly byte[] InventoryWebhook = Encoding.UTF8.GetBytes("""
        {"type":27,"tts_notification_id":"7327112393057371910","shop_id":"7494049642642441621","timestamp":1644412885,
         "data":{"product_id":"732357708734418520388","sku_id":"73235770873441823254","trigger_reason":{"alert_type":"PREDICTION","lead_days":21,"low_stock_threshold":0},
         "current_inventory_status":"LOW_STOCK","inventory_distribution":{"total_quantity":100,"available_quantity":50,"creator_reserved_quantity":20,"campaign_reserved_quantity":20,"committed_quantity":10},
         "update_time":1627587600}}
        """);

    [Theory]
    [MemberData(nameof(Webhooks))]
    public void Webhook_parser(string example) =>
        Run("webhook parser " + example, Example(example), 10, body => Touch(TikTokShopWebhookParser.Parse(body)));

    [Fact]
    public void Webhook_parser_inventory_type_27() =>
        Run("webhook parser type 27", InventoryWebhook, 11, body => Touch(TikTokShopWebhookParser.Parse(body)));

    [Theory]
    [MemberData(nameof(Webhooks))]
    public async Task Webhook_receiver_with_signed_mutations(string example)
    {
        // Signed with the app's secret, so every mutation passes verification and reaches the parser.
        var verifier = new TikTokShopWebhookVerifier(FakeTikTokShop.DefaultAppKey, FakeTikTokShop.DefaultAppSecret);
        var time = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1644412885));
        var receiver = new TikTokShopWebhookReceiver(verifier, new InMemoryTikTokShopNotificationStore(time), time);

        var summary = await Fuzz.CheckAsync(new JsonMutator(20).Mutate(Example(example), Cases), async body =>
        {
            var receipt = await receiver.ReceiveAsync(body, verifier.Sign(body));
            Touch(receipt.Event);
        }, Typed);

        output.WriteLine($"webhook receiver {example}: {summary.Total} cases, {summary.Parsed} accepted, {summary.Rejected} rejected");
        Assert.True(summary.Parsed > 0, "some signed mutations must still be accepted");
    }

    [Fact]
    public void Order_search_response_and_mapping() =>
        Run("order search", Example("search_orders.json"), 30, body =>
        {
            var data = Transport.Read(body, TikTokShopJsonContext.Default.TikTokEnvelopeOrderListData, dataOptional: true, response: null);
            foreach (var order in data.Orders ?? [])
            {
                Map(order);
            }
        });

    [Theory]
    [InlineData(31)]
    [InlineData(32)]
    public void Order_detail_response_and_mapping(int seed) =>
        Run("order detail", Example("get_order_detail.json"), seed, body =>
        {
            var data = Transport.Read(body, TikTokShopJsonContext.Default.TikTokEnvelopeOrderDetailData, dataOptional: true, response: null);
            foreach (var order in data.Orders ?? [])
            {
                Map(order);
            }
        });

    [Theory]
    [InlineData("token_get.json")]
    [InlineData("token_get.test_access_token.json")]
    [InlineData("token_refresh.json")]
    public void Token_response(string example) =>
        Run("token " + example, Example(example), 40, body =>
            TikTokShopAuthClient.ToToken(Transport.Funnel, Transport.Read(body, TikTokShopJsonContext.Default.TikTokEnvelopeTokenResponseData, dataOptional: false, response: null)));

    [Theory]
    [InlineData("mark_package_shipped.json")]
    [InlineData("update_inventory.json")]
    [InlineData("inventory_search.json")]
    [InlineData("get_warehouses.json")]
    [InlineData("get_tracking.json")]
    [InlineData("get_shop_webhooks.json")]
    [InlineData("get_authorized_shops.json")]
    public void Other_responses(string example) =>
        Run("response " + example, Example(example), 50, body =>
        {
            switch (example)
            {
                case "mark_package_shipped.json": Transport.Read(body, TikTokShopJsonContext.Default.TikTokEnvelopeMarkShippedData, true, null); break;
                case "update_inventory.json": Transport.Read(body, TikTokShopJsonContext.Default.TikTokEnvelopeUpdateInventoryData, true, null); break;
                case "inventory_search.json": Transport.Read(body, TikTokShopJsonContext.Default.TikTokEnvelopeInventorySearchData, true, null); break;
                case "get_warehouses.json": Transport.Read(body, TikTokShopJsonContext.Default.TikTokEnvelopeWarehousesData, true, null); break;
                case "get_tracking.json": Transport.Read(body, TikTokShopJsonContext.Default.TikTokEnvelopeTrackingData, true, null); break;
                case "get_shop_webhooks.json": Transport.Read(body, TikTokShopJsonContext.Default.TikTokEnvelopeWebhooksData, true, null); break;
                default: Transport.Read(body, TikTokShopJsonContext.Default.TikTokEnvelopeAuthorizedShopsData, false, null); break;
            }
        });

    /// <summary>Search Products as in TikTok's Node SDK model (products[].skus[].inventory[]), as the inventory guard reads it.</summary>
    internal static readonly byte[] ProductSearchResponse = Encoding.UTF8.GetBytes("""
        {"code":0,"message":"Success","request_id":"2026030207000001","data":{"total_count":1,"next_page_token":"",
         "products":[{"id":"1729500000000000001","status":"ACTIVATE","title":"Tee","skus":[
          {"id":"1729500000000000101","seller_sku":"TEE-BLK-M","inventory":[{"warehouse_id":"7068517275539719942","quantity":30}]},
          {"id":"1729500000000000102","seller_sku":"TEE-BLK-L","inventory":[{"warehouse_id":"7068517275539719942","quantity":0},{"warehouse_id":"7068517275539719943","quantity":4}]}]}]}}
        """);

    [Fact]
    public void Product_search_response_and_mapping() =>
        Run("product search", ProductSearchResponse, 60, body =>
        {
            foreach (var product in PodConnect.TikTokShop.Inventory.TikTokProductsClient.ToProducts(Transport.Read(body, TikTokShopJsonContext.Default.TikTokEnvelopeProductSearchData, true, null)))
            {
                _ = product.IsActive;
                Assert.All(product.Skus, s => Assert.All(s.Inventory, w => Assert.InRange(w.Quantity, 0, 99_999)));
            }
        });

    [Fact]
    public void External_order_responses()
    {
        var add = """{"code":0,"data":{"errors":[{"code":"36020001","message":"Invalid order_id","detail":{"order_id":"576461413038785752","external_order":{"id":"676461413038785752","platform":"SHOPIFY"}}}]},"message":"Success","request_id":"202203070749000101890810281E8C70B7"}"""u8.ToArray();
        var search = """{"code":0,"data":{"orders":[{"id":"576461413038785752","external_order":{"id":"676461413038785752","platform":"SHOPIFY","line_items":[{"id":"577086512123755123","origin_id":"677086512123755123"}]}}]},"message":"Success","request_id":"202203070749000101890810281E8C70B7"}"""u8.ToArray();
        Run("external orders add", add, 60, body => Transport.Read(body, TikTokShopJsonContext.Default.TikTokEnvelopeAddExternalOrdersData, true, null));
        Run("external orders search", search, 61, body =>
        {
            foreach (var item in Transport.Read(body, TikTokShopJsonContext.Default.TikTokEnvelopeExternalOrderSearchData, true, null).Orders ?? [])
            {
                _ = item?.ExternalOrder?.ToModel();
            }
        });
    }

    [Theory]
    [InlineData(200)]
    [InlineData(400)]
    [InlineData(429)]
    [InlineData(503)]
    public async Task Error_envelopes(int status)
    {
        var seed = """{"code":36009004,"message":"Invalid timestamp. The timestamp must not be earlier than 5 minutes before the current time.","request_id":"2022080809462301024509910319695C45","data":null}"""u8.ToArray();
        var summary = await Fuzz.CheckAsync(new JsonMutator(70 + status).Mutate(seed, Cases), async body =>
        {
            if (status == 200)
            {
                Transport.Read(body, TikTokShopJsonContext.Default.TikTokEnvelopeEmptyData, true, null);
                return;
            }

            using var response = new HttpResponseMessage((HttpStatusCode)status) { Content = new ByteArrayContent(body) };
            throw await Transport.Funnel.CreateExceptionAsync(response);
        }, Typed);

        output.WriteLine($"error envelope HTTP {status}: {summary.Total} cases, {summary.Rejected} typed errors");
        Assert.Equal(Cases, summary.Total);
    }

    [Theory]
    [InlineData("120")]
    [InlineData("\"Wed, 21 Oct 2026 07:28:00 GMT\"")]
    public async Task Rate_limit_and_request_id_headers(string retryAfter)
    {
        // The mutator works on JSON bytes (an HTTP date is seeded as a JSON string, quotes dropped);
        // a header carries them as Latin-1 text, whatever they are.
        var summary = await Fuzz.CheckAsync(new JsonMutator(80).Mutate(Encoding.Latin1.GetBytes(retryAfter), Cases), async bytes =>
        {
            var value = Encoding.Latin1.GetString(bytes).Trim('"');
            using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests) { Content = new StringContent("""{"code":36009002,"message":"Too many requests"}""") };
            response.Headers.TryAddWithoutValidation("Retry-After", value);
            response.Headers.TryAddWithoutValidation("x-tt-logid", value);
            var error = await Transport.Funnel.CreateExceptionAsync(response);
            Assert.IsType<RateLimitedException>(error);
            throw error;
        }, e => e is RateLimitedException);

        output.WriteLine($"Retry-After/x-tt-logid '{retryAfter}': {summary.Total} cases");
        Assert.Equal(Cases, summary.Total);
    }

    private static void Map(TikTokOrder? order)
    {
        if (order is null)
        {
            return;
        }

        try
        {
            _ = order.ToCoreOrder(_ => ProductKind.TShirt);
        }
        catch (MalformedResponseException)
        {
            // The order lacks what a Core order needs: a typed answer.
        }
    }

    private static void Touch(TikTokShopWebhookEvent e)
    {
        _ = (e.NotificationId, e.ShopId, e.Timestamp, e.Data.ValueKind);
        switch (e)
        {
            case TikTokOrderStatusChangedEvent s: _ = (s.OrderId, s.OrderStatus.Value, s.UpdateTime); break;
            case TikTokPackageUpdatedEvent p: _ = (p.ScType.Value, p.Packages.Count); break;
            case TikTokInventoryStatusChangedEvent i: _ = (i.SkuId, i.AlertType, i.InventoryDistribution); break;
        }
    }
}
