using PodConnect.Testing.Common;
using System.Text;
using System.Text.Json.Nodes;
using PodConnect.Domain;
using PodConnect.Providers;
using PodConnect.Testing.Printful;
using static PodConnect.Printful.Tests.OpenApi.OpenApiSchemaChecker;

namespace PodConnect.Printful.Tests.OpenApi;

/// <summary>
/// The requests our client puts on the wire (captured by the fake, byte for byte) must validate against
/// Printful's published OpenAPI documents, strictly: no undeclared or read-only field. The fake's own
/// answers and webhooks are checked against the response schemas, so the fake cannot drift from the
/// API the client is tested against.
/// </summary>
public sealed class PrintfulOpenApiConformanceTests : IDisposable
{
    private static readonly OpenApiSchemaChecker V1 = new(Path.Combine(AppContext.BaseDirectory, "Specs", "printful_v1.json"));
    private static readonly OpenApiSchemaChecker V2 = new(Path.Combine(AppContext.BaseDirectory, "Specs", "printful_v2.json"));

    private readonly PrintfulHarness _h = new();

    public void Dispose() => _h.Dispose();

    private static void AssertValid(IReadOnlyList<string> errors) =>
        Assert.True(errors.Count == 0, "Schema violations:\n" + string.Join("\n", errors));

    private FakeRequest Sent(string method, string path) =>
        _h.Fake.Requests.Single(r => r.Method == method && r.Path == path);

    [Fact]
    public async Task Create_order_requests_conform_to_v1_Order_including_query_and_store_header()
    {
        await _h.Provider.PlaceOrderAsync(PrintfulHarness.Order());
        await _h.Provider.PlaceOrderAsync(PrintfulHarness.Order("draft-1", draft: true));

        foreach (var create in _h.Fake.Requests.Where(r => r.Method == "POST" && r.Path == "/orders"))
        {
            AssertValid(V1.Validate(JsonNode.Parse(create.Body), V1.RequestSchema("/orders", "post"), Mode.StrictRequest));
            if (create.QueryValue("confirm") is { } confirm)
            {
                AssertValid(V1.Validate(JsonValue.Create(bool.Parse(confirm)), V1.ParameterSchema("/orders", "post", "confirm"), Mode.StrictRequest));
            }

            AssertValid(V1.Validate(JsonValue.Create(create.Headers!["X-PF-Store-Id"].Single()), V1.ParameterSchema("/orders", "post", "X-PF-Store-Id"), Mode.StrictRequest));
        }
    }

    [Fact]
    public async Task The_fakes_stock_availability_answer_conforms_to_GetVariantStockAvailabilityById()
    {
        _h.Fake.SetAvailability(4012, "out of stock", "uk");
        _h.Fake.SetAvailability(4012, "not fulfillable", "spain");

        await _h.Client.GetVariantAvailabilityAsync(4012);

        var answer = Sent("GET", "/v2/catalog-variants/4012/availability");
        AssertValid(V2.Validate(JsonNode.Parse(answer.ResponseBody!), V2.ResponseSchema("/v2/catalog-variants/{id}/availability", "get", "200"), Mode.Response));
    }

    [Fact]
    public async Task Quote_requests_conform_to_v1_estimate_costs_and_v2_shipping_rates()
    {
        await _h.Provider.QuoteAsync(PrintfulHarness.QuoteOrder());

        AssertValid(V1.Validate(JsonNode.Parse(Sent("POST", "/orders/estimate-costs").Body!), V1.RequestSchema("/orders/estimate-costs", "post"), Mode.StrictRequest));
        AssertValid(V2.Validate(JsonNode.Parse(Sent("POST", "/v2/shipping-rates").Body!), V2.RequestSchema("/v2/shipping-rates", "post"), Mode.StrictRequest));
    }

    [Fact]
    public async Task V1_shipping_rate_requests_conform_to_CalculateShippingRates()
    {
        await _h.Client.GetShippingRatesAsync(new Models.PrintfulShippingRatesRequest
        {
            Recipient = new Models.PrintfulRatesRecipient { Address1 = "2 Princes Street", City = "Edinburgh", CountryCode = "GB", Zip = "EH1 1YZ" },
            Items = [new Models.PrintfulRatesItem { VariantId = "4012", Quantity = 2 }],
            Currency = "EUR",
        });

        AssertValid(V1.Validate(JsonNode.Parse(Sent("POST", "/shipping/rates").Body!), V1.RequestSchema("/shipping/rates", "post"), Mode.StrictRequest));
    }

    [Fact]
    public async Task The_fakes_answers_conform_to_the_response_schemas()
    {
        var placed = await _h.Provider.PlaceOrderAsync(PrintfulHarness.Order());
        await _h.Fake.ShipAsync(long.Parse(placed.Order.ProviderOrderId));
        _h.Fake.Deliver(long.Parse(placed.Order.ProviderOrderId));
        await _h.Provider.GetOrderAsync(placed.Order.ProviderOrderId);
        await _h.Provider.QuoteAsync(PrintfulHarness.QuoteOrder());
        await _h.Provider.FindOrderByExternalIdAsync("missing");

        var log = _h.Fake.Requests.Select(r => (Request: r, Response: r.ResponseBody is null ? null : JsonNode.Parse(r.ResponseBody))).ToList();
        AssertValid(V1.Validate(Body(log, "GET", "/orders/" + placed.Order.ProviderOrderId), V1.ResponseSchema("/orders/{id}", "get", "200"), Mode.Response));
        AssertValid(V1.Validate(Body(log, "POST", "/orders"), V1.ResponseSchema("/orders", "post", "200"), Mode.Response));
        AssertValid(V1.Validate(Body(log, "POST", "/orders/estimate-costs"), V1.ResponseSchema("/orders/estimate-costs", "post", "200"), Mode.Response));
        AssertValid(V2.Validate(Body(log, "POST", "/v2/shipping-rates"), V2.ResponseSchema("/v2/shipping-rates", "post", "200"), Mode.Response));
        AssertValid(V1.Validate(Body(log, "GET", "/orders/@missing"), V1.ResponseSchema("/orders/{id}", "get", "404"), Mode.Response));
        AssertValid(V2.Validate(Body(log, "GET", $"/v2/orders/{placed.Order.ProviderOrderId}/shipments"), V2.ResponseSchema("/v2/orders/{order_id}/shipments", "get", "200"), Mode.Response));
    }

    [Theory]
    [InlineData(FakePrintfulWebhookVersion.V1, "package_shipped")]
    [InlineData(FakePrintfulWebhookVersion.V2, "shipment_sent")]
    public async Task The_fakes_webhooks_conform_to_the_x_webhooks_schemas(FakePrintfulWebhookVersion version, string eventType)
    {
        using var receiver = new WebhookRecorder();
        _h.Fake.WebhookUrl = receiver.UrlFor("/webhooks/printful?token=" + PrintfulHarness.UrlToken);
        _h.Fake.WebhookVersion = version;
        var placed = await _h.Provider.PlaceOrderAsync(PrintfulHarness.Order());
        await _h.Fake.ShipAsync(long.Parse(placed.Order.ProviderOrderId));

        var body = JsonNode.Parse(receiver.Deliveries.Single().Body.Span);
        Assert.Equal(eventType, body!["type"]!.GetValue<string>());
        var spec = version == FakePrintfulWebhookVersion.V1 ? V1 : V2;
        AssertValid(spec.Validate(body, spec.WebhookSchema(eventType), Mode.Response));
    }

    [Fact]
    public void The_checker_catches_what_a_broken_client_would_send()
    {
        var schema = V1.RequestSchema("/orders", "post");
        var good = JsonNode.Parse("""{"external_id":"1","recipient":{"name":"A","address1":"x","city":"y","country_code":"GB"},"items":[{"variant_id":1,"quantity":1,"files":[{"url":"https://f/x.png"}]}]}""");
        AssertValid(V1.Validate(good, schema, Mode.StrictRequest));

        Assert.Contains(V1.Validate(JsonNode.Parse("""{"recipient":{"country_code":"GB"}}"""), schema, Mode.StrictRequest), e => e.Contains("'items' is missing", StringComparison.Ordinal));
        Assert.Contains(V1.Validate(JsonNode.Parse("""{"externalId":"1","recipient":{},"items":[]}"""), schema, Mode.StrictRequest), e => e.Contains("$.externalId: is not declared", StringComparison.Ordinal));
        Assert.Contains(V1.Validate(JsonNode.Parse("""{"status":"draft","recipient":{},"items":[]}"""), schema, Mode.StrictRequest), e => e.Contains("$.status: is readOnly", StringComparison.Ordinal));
        Assert.Contains(V1.Validate(JsonNode.Parse("""{"recipient":{},"items":[{"variant_id":"4012","quantity":1}]}"""), schema, Mode.StrictRequest), e => e.Contains("$.items[0].variant_id: expected integer", StringComparison.Ordinal));
        Assert.Contains(V1.Validate(JsonNode.Parse("""{"recipient":{},"items":[{"quantity":1,"files":[{"type":"front"}]}]}"""), schema, Mode.StrictRequest), e => e.Contains("'url' is missing", StringComparison.Ordinal));
        Assert.Contains(V1.Validate(JsonNode.Parse("""{"recipient":{},"items":[],"gift":{"subject":"%%"}}""".Replace("%%", new string('x', 201), StringComparison.Ordinal)), schema, Mode.StrictRequest), e => e.Contains("maxLength 200", StringComparison.Ordinal));

        var v2 = V2.RequestSchema("/v2/shipping-rates", "post");
        Assert.Contains(V2.Validate(JsonNode.Parse("""{"recipient":{"address1":"x","city":"y","country_code":"GB"},"order_items":[{"source":"catalog","catalog_variant_id":1,"quantity":0}]}"""), v2, Mode.StrictRequest), e => e.Contains("below the minimum 1", StringComparison.Ordinal));
        Assert.Contains(V2.Validate(JsonNode.Parse("""{"recipient":{"address1":"x","city":"y"},"order_items":[]}"""), v2, Mode.StrictRequest), e => e.Contains("'country_code' is missing", StringComparison.Ordinal));
    }

    private static JsonNode? Body(List<(FakeRequest Request, JsonNode? Response)> log, string method, string path) =>
        log.First(e => e.Request.Method == method && e.Request.Path == path).Response;
}
