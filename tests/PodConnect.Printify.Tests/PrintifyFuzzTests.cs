using PodConnect.Printify.Internal;
using PodConnect.Errors;
using PodConnect.Printify.Serialization;
using PodConnect.Printify.Webhooks;
using PodConnect.Providers;
using PodConnect.Testing.Fuzzing;

namespace PodConnect.Printify.Tests;

/// <summary>Every Printify parser of untrusted bytes ends in a value or a typed PodConnect error.</summary>
public class PrintifyFuzzTests
{
    private static byte[] Example(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Examples", name));

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public void Webhooks(int seed)
    {
        var parser = new PrintifyWebhookParser(new PrintifyClientOptions { AllowUnverifiedWebhooks = true });
        var summary = Fuzz.Check(new JsonMutator(seed).Mutate(Example("webhook_shipment_created.json"), 3_000), b => parser.Parse(new PodWebhookRequest(b)), e => e is PodConnectException);
        Assert.True(summary.Parsed > 0);
    }

    [Fact]
    public void Signed_webhooks_are_verified_before_parsing()
    {
        var parser = new PrintifyWebhookParser(new PrintifyClientOptions { WebhookSecret = "s" });
        Fuzz.Check(new JsonMutator(13).Mutate(Example("webhook_shipment_created.json"), 3_000),
            b => parser.Parse(new PodWebhookRequest(b, [new("X-Pfy-Signature", PrintifyWebhookParser.Sign("s", b))])), e => e is PodConnectException);
    }

    [Theory]
    [InlineData(14)]
    [InlineData(15)]
    public void Orders(int seed)
    {
        var funnel = new PrintifyErrorFunnel(TimeProvider.System);
        Fuzz.Check(new JsonMutator(seed).Mutate(Example("order.json"), 3_000),
            b => PrintifyMapping.ToPodOrder(funnel.Deserialize(b, PrintifyJsonContext.Default.PrintifyOrder, null), "USD"), e => e is PodConnectException);
    }

    [Fact]
    public void Shipping_costs()
    {
        var funnel = new PrintifyErrorFunnel(TimeProvider.System);
        Fuzz.Check(new JsonMutator(16).Mutate(Example("shipping.json"), 3_000),
            b => PrintifyMapping.ToPodQuote(funnel.Deserialize(b, PrintifyJsonContext.Default.DictionaryStringInt64, null), "USD"), e => e is PodConnectException);
    }

    [Fact]
    public async Task Error_bodies()
    {
        var funnel = new PrintifyErrorFunnel(TimeProvider.System);
        await Fuzz.CheckAsync(new JsonMutator(17).Mutate(Example("error_validation.json"), 3_000), async b =>
        {
            using var response = new HttpResponseMessage(System.Net.HttpStatusCode.BadRequest) { Content = new ByteArrayContent(b) };
            await funnel.ThrowIfFailedAsync(response);
        }, e => e is ValidationException);
    }
}
