using System.Collections.Concurrent;
using PodConnect.Providers;
using PodConnect.Webhooks;

namespace PodConnect.AspNetCore.Tests.Webhooks;

/// <summary>A test double of the ingress: answers what the test scripts and keeps every delivery it saw.</summary>
internal sealed class ScriptedIngress(Func<string, PodWebhookRequest, CancellationToken, ValueTask<WebhookIngressResult>> answer) : IWebhookIngress
{
    public ConcurrentQueue<(string Source, PodWebhookRequest Delivery)> Received { get; } = new();

    public IReadOnlyCollection<string> Sources { get; init; } = ["tiktokshop", "gelato"];

    public static ScriptedIngress Answering(WebhookIngressStatus status, string? detail = null) =>
        new((_, _, _) => ValueTask.FromResult(new WebhookIngressResult(status, detail)));

    public ValueTask<WebhookIngressResult> ReceiveAsync(string source, PodWebhookRequest delivery, CancellationToken cancellationToken = default)
    {
        Received.Enqueue((source, delivery));
        return answer(source, delivery, cancellationToken);
    }
}
