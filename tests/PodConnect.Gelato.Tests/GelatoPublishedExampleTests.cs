using PodConnect.Domain;
using PodConnect.Errors;
using PodConnect.Gelato.Internal;
using PodConnect.Gelato.Serialization;
using PodConnect.Gelato.Webhooks;
using PodConnect.Providers;
using PodConnect.Testing.Fuzzing;

namespace PodConnect.Gelato.Tests;

/// <summary>
/// Every response and webhook example Gelato publishes (shared/specs/examples/gelato, copied under
/// Specs/examples) parses and maps fully — what Gelato charges (<c>receipts</c>) included — and every
/// parser turns any mutation of them into a value or a typed error.
/// </summary>
public sealed class GelatoPublishedExampleTests
{
    private static readonly GelatoErrorFunnel Funnel = new(TimeProvider.System);
    private static readonly GelatoClientOptions Options = new() { WebhookSecret = GelatoHarness.Secret };
    private static readonly GelatoWebhookParser Webhooks = new(Options);

    private static byte[] Example(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Specs", "examples", name));

    public static TheoryData<string> WebhookExamples() =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Specs", "examples"), "webhook_*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    private static PodOrder ReadOrder(byte[] body) => GelatoMapping.ToPodOrder(Funnel.Deserialize(body, GelatoJsonContext.Default.GelatoOrder, null));

    private static PodWebhookRequest Deliver(byte[] body) => new(body, [new(Options.WebhookSecretHeaderName, GelatoHarness.Secret)]);

    [Fact]
    public void The_get_order_example_maps_fully_with_its_receipt_as_the_cost()
    {
        var order = ReadOrder(Example("get_order.json"));

        Assert.Equal("37365096-6628-4538-a9c2-fbf9892deb85", order.ProviderOrderId);
        Assert.Equal("{{MyOrderId}}", order.ExternalId, ignoreCase: true);
        Assert.Equal("printed", order.RawStatus);
        Assert.Equal(PodOrderStatus.InProduction, order.Status);
        Assert.Equal(new Money(33.45m, "USD"), order.Cost); // receipts[0].totalInclVat
        Assert.NotNull(order.CreatedAt);
        var parcel = Assert.Single(order.Shipments);
        Assert.Equal("12345678990", parcel.TrackingNumber);
        Assert.Equal("UPS Surepost", parcel.Carrier);
        Assert.Equal(new Uri("http://test.tracking.url"), parcel.TrackingUrl);
    }

    [Theory]
    [InlineData("create_order.json")]
    [InlineData("create_order.split.json")]
    public void The_create_order_examples_map_fully(string name)
    {
        var order = ReadOrder(Example(name));

        Assert.False(string.IsNullOrEmpty(order.ProviderOrderId));
        Assert.False(string.IsNullOrEmpty(order.RawStatus));
        Assert.NotNull(order.ExternalId);
        Assert.NotNull(order.CreatedAt);
        Assert.NotNull(order.Cost);
    }

    [Fact]
    public void The_split_example_charges_its_purchase_receipt()
    {
        Assert.Equal(new Money(9.32m, "USD"), ReadOrder(Example("create_order.split.json")).Cost);
    }

    [Fact]
    public void Refund_receipts_are_subtracted_and_mixed_currencies_leave_the_cost_empty()
    {
        Assert.Equal(new Money(7m, "EUR"), GelatoMapping.Charged([new() { TransactionType = "purchase", Currency = "EUR", TotalInclVat = 10m }, new() { TransactionType = "refund", Currency = "EUR", TotalInclVat = 3m }]));
        Assert.Null(GelatoMapping.Charged([new() { Currency = "EUR", TotalInclVat = 10m }, new() { Currency = "USD", TotalInclVat = 3m }]));
        Assert.Null(GelatoMapping.Charged([]));
        Assert.Null(GelatoMapping.Charged([new() { Currency = "E1", TotalInclVat = 10m }]));
    }

    [Fact]
    public void The_quote_example_gives_methods_with_delivery_estimates_and_the_production_country()
    {
        var quote = GelatoMapping.ToPodQuote(Funnel.Deserialize(Example("quote.json"), GelatoJsonContext.Default.GelatoQuoteResponse, null));

        Assert.NotNull(quote.ProductsCost);
        Assert.NotEmpty(quote.ShippingOptions);
        Assert.All(quote.ShippingOptions, o =>
        {
            Assert.NotNull(o.MinDeliveryDays);
            Assert.NotNull(o.MaxDeliveryDate);
            Assert.Equal(CountryCode.Parse("US"), o.ProductionCountry);
        });
    }

    [Fact]
    public void The_search_and_shipment_method_examples_parse()
    {
        var search = Funnel.Deserialize(Example("search_orders.json"), GelatoJsonContext.Default.GelatoSearchOrdersResponse, null);
        var methods = Funnel.Deserialize(Example("shipment_methods.json"), GelatoJsonContext.Default.GelatoShipmentMethodsResponse, null);

        Assert.All(search.Orders!, o => Assert.False(string.IsNullOrEmpty(o.Id)));
        Assert.All(methods.ShipmentMethods!, m => Assert.NotEmpty(m.SupportedCountries!));
    }

    [Theory]
    [MemberData(nameof(WebhookExamples))]
    public void Every_webhook_example_verifies_and_parses_to_a_known_kind(string name)
    {
        var parsed = Webhooks.Parse(Deliver(Example(name)));

        Assert.Equal("gelato", parsed.Provider);
        Assert.NotEqual(PodWebhookEventKind.Other, parsed.Kind);
        Assert.False(string.IsNullOrEmpty(parsed.ProviderOrderId));
    }

    [Theory]
    [InlineData("get_order.json")]
    [InlineData("create_order.split.json")]
    [InlineData("quote.json")]
    [InlineData("search_orders.json")]
    [InlineData("webhook_order_status_updated.json")]
    [InlineData("webhook_order_item_tracking_code_updated.json")]
    [InlineData("webhook_order_delivery_estimate_updated.json")]
    public void Mutations_of_every_parsed_example_end_in_a_value_or_a_typed_error(string name)
    {
        Action<byte[]> parse = name switch
        {
            "quote.json" => body => GelatoMapping.ToPodQuote(Funnel.Deserialize(body, GelatoJsonContext.Default.GelatoQuoteResponse, null)),
            "search_orders.json" => body => _ = Funnel.Deserialize(body, GelatoJsonContext.Default.GelatoSearchOrdersResponse, null).Orders?.OfType<Models.GelatoOrderSummary>().Count(o => o.OrderReferenceId == "x"),
            _ when name.StartsWith("webhook_", StringComparison.Ordinal) => body => Webhooks.Parse(Deliver(body)),
            _ => body => ReadOrder(body),
        };

        var summary = Fuzz.Check(new JsonMutator(seed: 5).Mutate(Example(name), 2_000), parse, e => e is PodConnectException);

        Assert.Equal(2_000, summary.Total);
    }
}
