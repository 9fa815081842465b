using System.Text;
using PodConnect.Errors;
using PodConnect.Printful.Webhooks;
using PodConnect.Providers;
using PodConnect.Testing.Common;
using PodConnect.Testing.Fuzzing;
using Xunit.Abstractions;

namespace PodConnect.Printful.Tests;

/// <summary>Printful's v2 <c>catalog_stock_updated</c>: signed like every v2 event, its data an array of variant availabilities.</summary>
public sealed class PrintfulStockWebhookTests(ITestOutputHelper output)
{
    private const string Secret = "3f1c6e0b9a7d4e21b5c8f0a2d6e4b7c91a3f5e7d9b2c4a6e8f0d1b3c5a7e9f20";
    private static readonly PrintfulWebhookParser Parser = new(new PrintfulClientOptions { WebhookSecretKey = Secret });

    // The shape of Printful's v2 spec (x-webhooks catalog_stock_updated, ChangedAvailabilities).
    private const string Example = """
        {"type":"catalog_stock_updated","occurred_at":"2026-03-02T08:00:00Z","retries":0,"store_id":12,"data":[
         {"catalog_product_id":71,"catalog_variant_id":4011,"techniques":["dtg"],"availability":"out of stock"},
         {"catalog_product_id":71,"catalog_variant_id":4012,"techniques":["dtg"],"availability":"out of stock"},
         {"catalog_product_id":71,"catalog_variant_id":4012,"techniques":["embroidery"],"availability":"in stock"},
         {"catalog_product_id":71,"catalog_variant_id":4013,"techniques":["dtg"],"availability":"discontinued"},
         {"catalog_product_id":71,"catalog_variant_id":4014,"techniques":["dtg"],"availability":"unknown"},
         {"catalog_product_id":71,"catalog_variant_id":4015,"techniques":["dtg"],"availability":"on demand"}]}
        """;

    private static PodWebhookRequest Signed(byte[] body) =>
        new(body, [new("X-PF-Webhook-Signature", WebhookSecrets.HmacSha256Hex(Convert.FromHexString(Secret), body))]);

    [Fact]
    public void Each_variant_gets_one_stock_status_and_in_stock_for_any_technique_wins()
    {
        var e = Parser.Parse(Signed(Encoding.UTF8.GetBytes(Example)));

        Assert.Equal(PodWebhookEventKind.StockChanged, e.Kind);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero), e.OccurredAt);
        var byVariant = e.StockChanges.ToDictionary(c => c.ProductId, c => c.Status);
        Assert.Equal(PodStockStatus.OutOfStock, byVariant["4011"]);
        Assert.Equal(PodStockStatus.InStock, byVariant["4012"]);
        Assert.Equal(PodStockStatus.Discontinued, byVariant["4013"]);
        Assert.False(byVariant.ContainsKey("4014")); // unknown says nothing
        Assert.Equal(PodStockStatus.InStock, byVariant["4015"]);
    }

    [Fact]
    public void A_redelivery_has_the_same_key_and_another_event_another()
    {
        var body = Encoding.UTF8.GetBytes(Example);
        var again = Parser.Parse(Signed(body));
        var other = Parser.Parse(Signed(Encoding.UTF8.GetBytes(Example.Replace("08:00:00Z", "08:05:00Z", StringComparison.Ordinal))));

        Assert.Equal(Parser.Parse(Signed(body)).DeduplicationKey, again.DeduplicationKey);
        Assert.NotEqual(again.DeduplicationKey, other.DeduplicationKey);
    }

    [Fact]
    public void An_unsigned_stock_event_is_refused()
    {
        var unsigned = new PodWebhookRequest(Encoding.UTF8.GetBytes(Example), [new("X-PF-Webhook-Signature", new string('0', 64))]);

        Assert.Throws<WebhookVerificationException>(() => Parser.Parse(unsigned));
    }

    [Fact]
    public void Data_that_is_not_an_array_is_a_typed_malformed_error()
    {
        var e = Assert.Throws<MalformedResponseException>(() => Parser.Parse(Signed(Encoding.UTF8.GetBytes("""{"type":"catalog_stock_updated","data":{"order":{}}}"""))));

        Assert.Contains("Printful", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fuzzed_stock_events_end_in_a_result_or_a_typed_error()
    {
        var summary = Fuzz.Check(new JsonMutator(seed: 27).Mutate(Encoding.UTF8.GetBytes(Example), 3_000), body => _ = Parser.Parse(Signed(body)).StockChanges.Count, e => e is PodConnectException);

        output.WriteLine($"catalog_stock_updated: {summary.Total} cases, {summary.Parsed} parsed, {summary.Rejected} rejected, {summary.Elapsed.TotalMilliseconds:0} ms");
        Assert.Equal(3_000, summary.Total);
    }
}
