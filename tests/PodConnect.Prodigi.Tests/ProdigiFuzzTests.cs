using PodConnect.Prodigi.Internal;
using PodConnect.Errors;
using PodConnect.Providers;
using PodConnect.Prodigi.Serialization;
using PodConnect.Prodigi.Webhooks;
using PodConnect.Testing.Fuzzing;

namespace PodConnect.Prodigi.Tests;

/// <summary>Every Prodigi parser of untrusted bytes ends in a value or a typed PodConnect error, never a raw runtime exception.</summary>
public class ProdigiFuzzTests
{
    private static byte[] Example(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Examples", name));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Callbacks(int seed)
    {
        var parser = new ProdigiCallbackParser(new ProdigiClientOptions { AllowUnverifiedWebhooks = true });
        var summary = Fuzz.Check(new JsonMutator(seed).Mutate(Example("callback_stage_changed.json"), 3_000), b => parser.Parse(new PodWebhookRequest(b)), e => e is PodConnectException);
        Assert.True(summary.Parsed > 0);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public void Order_responses(int seed)
    {
        var funnel = new ProdigiErrorFunnel(TimeProvider.System);
        Fuzz.Check(new JsonMutator(seed).Mutate(Example("cancel_order.json"), 3_000), b =>
        {
            var envelope = funnel.Deserialize(b, ProdigiJsonContext.Default.ProdigiOrderEnvelope, null);
            if (envelope.Order is { } order)
            {
                ProdigiMapping.ToPodOrder(order);
            }
        }, e => e is PodConnectException);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    public void Quote_responses(int seed)
    {
        var funnel = new ProdigiErrorFunnel(TimeProvider.System);
        Fuzz.Check(new JsonMutator(seed).Mutate(Example("quote.json"), 3_000),
            b => ProdigiMapping.ToPodQuote(funnel.Deserialize(b, ProdigiJsonContext.Default.ProdigiQuoteResponse, null)), e => e is PodConnectException);
    }

    [Theory]
    [InlineData(7)]
    public async Task Error_bodies(int seed)
    {
        var funnel = new ProdigiErrorFunnel(TimeProvider.System);
        await Fuzz.CheckAsync(new JsonMutator(seed).Mutate(Example("validation_failed.json"), 3_000), async b =>
        {
            using var response = new HttpResponseMessage(System.Net.HttpStatusCode.BadRequest) { Content = new ByteArrayContent(b) };
            await funnel.ThrowIfFailedAsync(response, CancellationToken.None);
        }, e => e is ValidationException);
    }
}
