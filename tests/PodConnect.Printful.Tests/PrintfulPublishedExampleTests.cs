using System.Text;
using Microsoft.Extensions.Options;
using PodConnect.Domain;
using PodConnect.Errors;
using PodConnect.Printful.Internal;
using PodConnect.Printful.Serialization;
using PodConnect.Printful.Webhooks;
using PodConnect.Providers;
using PodConnect.Testing.Fuzzing;

namespace PodConnect.Printful.Tests;

/// <summary>
/// Every response and webhook example Printful publishes (shared/specs/examples/printful, copied under
/// Specs/examples) parses and maps fully, including the fields whose example contradicts their declared
/// type; and every parser turns any mutation of them into a value or a typed error.
/// </summary>
public sealed class PrintfulPublishedExampleTests
{
    private const string UrlToken = "example-token";
    private static readonly byte[] SigningKey = Convert.FromHexString("3f1c6e0b9a7d4e21b5c8f0a2d6e4b7c91a3f5e7d9b2c4a6e8f0d1b3c5a7e9f20");
    private static readonly PrintfulErrorFunnel Funnel = new(TimeProvider.System);
    private static readonly PrintfulWebhookParser Webhooks = new(new PrintfulClientOptions { WebhookSecretKey = Convert.ToHexString(SigningKey), WebhookUrlToken = UrlToken });

    private static byte[] Example(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Specs", "examples", name));

    public static TheoryData<string> WebhookExamples() =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Specs", "examples"), "webhook_*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    private static PodOrder ReadOrder(byte[] body) =>
        PrintfulMapping.ToPodOrder(Funnel.Deserialize(body, PrintfulJsonContext.Default.PrintfulResponsePrintfulOrder, null).Result
            ?? throw Funnel.Malformed(null, "the v1 envelope has no 'result'", null));

    private static PodWebhookRequest Deliver(string name, byte[] body) => name.StartsWith("webhook_v2_", StringComparison.Ordinal)
        ? new PodWebhookRequest(body, [new(PrintfulWebhookParser.SignatureHeader, WebhookSecrets.HmacSha256Hex(SigningKey, body))])
        : new PodWebhookRequest(body, [], "?token=" + UrlToken);

    [Fact]
    public void The_order_example_maps_fully_and_its_numeric_tracking_number_is_read_as_text()
    {
        var order = ReadOrder(Example("order.rendered.json"));

        Assert.Equal("printful", order.Provider);
        Assert.False(string.IsNullOrEmpty(order.ProviderOrderId));
        Assert.NotNull(order.ExternalId);
        Assert.False(string.IsNullOrEmpty(order.RawStatus));
        Assert.NotNull(order.CreatedAt);
        Assert.NotNull(order.Cost);
        var shipment = Assert.Single(order.Shipments);
        Assert.Equal("0", shipment.TrackingNumber); // the example's number 0, not a failed order
        Assert.NotNull(shipment.Carrier);
        Assert.NotNull(shipment.ShippedAt);
    }

    [Fact]
    public void The_cost_estimate_and_both_shipping_rate_examples_make_a_quote()
    {
        var costs = Funnel.Deserialize(Example("estimate_costs.rendered.json"), PrintfulJsonContext.Default.PrintfulResponsePrintfulCostEstimate, null).Result!.Costs;
        var v1 = Funnel.Deserialize(Example("shipping_rates.rendered.json"), PrintfulJsonContext.Default.PrintfulResponseListPrintfulShippingRate, null).Result!;
        var v2 = Funnel.Deserialize(Example("shipping_rates_v2.rendered.json"), PrintfulJsonContext.Default.PrintfulV2ResponseListPrintfulV2ShippingRate, null).Data!;

        var quote = PrintfulMapping.ToPodQuote(costs, v2);

        Assert.NotNull(quote.ProductsCost);
        var option = Assert.Single(quote.ShippingOptions);
        Assert.Equal(new Money(13.60m, "EUR"), option.Price);
        Assert.Equal((4, 7), (option.MinDeliveryDays, option.MaxDeliveryDays));
        Assert.Equal(new DateOnly(2022, 10, 17), option.MinDeliveryDate);
        Assert.Null(option.ProductionCountry); // this example carries no shipments[].departure_country
        Assert.NotEmpty(v1);
        Assert.All(v1, r => Assert.NotNull(r.Rate));
    }

    [Fact]
    public void The_v2_shipments_example_parses_with_its_delivery_status()
    {
        var shipments = Funnel.Deserialize(Example("shipments_v2.rendered.json"), PrintfulJsonContext.Default.PrintfulV2ResponseListPrintfulV2Shipment, null).Data!;

        Assert.NotEmpty(shipments);
    }

    [Theory]
    [MemberData(nameof(WebhookExamples))]
    public void Every_webhook_example_verifies_and_parses_to_a_known_kind(string name)
    {
        var body = Example(name);

        var parsed = Webhooks.Parse(Deliver(name, body));

        Assert.Equal("printful", parsed.Provider);
        Assert.NotEqual(PodWebhookEventKind.Other, parsed.Kind);
        Assert.False(string.IsNullOrEmpty(parsed.DeduplicationKey));
    }

    [Theory]
    [InlineData("order.rendered.json")]
    [InlineData("estimate_costs.rendered.json")]
    [InlineData("shipping_rates_v2.rendered.json")]
    [InlineData("shipments_v2.rendered.json")]
    [InlineData("webhook_v1_package_shipped.rendered.json")]
    [InlineData("webhook_v2_shipment_sent.rendered.json")]
    public void Mutations_of_every_parsed_example_end_in_a_value_or_a_typed_error(string name)
    {
        Action<byte[]> parse = name switch
        {
            "order.rendered.json" => body => ReadOrder(body),
            "estimate_costs.rendered.json" => body => PrintfulMapping.ToPodQuote(Funnel.Deserialize(body, PrintfulJsonContext.Default.PrintfulResponsePrintfulCostEstimate, null).Result?.Costs, []),
            "shipping_rates_v2.rendered.json" => body => PrintfulMapping.ToPodQuote(null, Funnel.Deserialize(body, PrintfulJsonContext.Default.PrintfulV2ResponseListPrintfulV2ShippingRate, null).Data ?? []),
            "shipments_v2.rendered.json" => body => _ = (Funnel.Deserialize(body, PrintfulJsonContext.Default.PrintfulV2ResponseListPrintfulV2Shipment, null).Data ?? []).Count(s => s is { IsDelivered: true }),
            _ => body => Webhooks.Parse(Deliver(name, body)),
        };

        var summary = Fuzz.Check(new JsonMutator(seed: 5).Mutate(Example(name), 2_000), parse, e => e is PodConnectException);

        Assert.Equal(2_000, summary.Total);
    }
}
