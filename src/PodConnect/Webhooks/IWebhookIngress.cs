using PodConnect.Providers;

namespace PodConnect.Webhooks;

/// <summary>
/// Where webhook deliveries enter, framework-neutral: raw bytes and headers in, a status out. It verifies
/// the signature over the raw bytes, drops redeliveries, and queues the order for the reconciler; it never
/// calls a remote API, so it answers in milliseconds (TikTok wants a 200 within 3 s and retries otherwise).
/// Host adapters (ASP.NET Core endpoints) map a route per source onto <see cref="ReceiveAsync"/>.
/// </summary>
public interface IWebhookIngress
{
    /// <summary>The source names deliveries are accepted for: the marketplace's and every registered provider's (e.g. <c>tiktokshop</c>, <c>gelato</c>).</summary>
    IReadOnlyCollection<string> Sources { get; }

    /// <summary>Handles one delivery from <paramref name="source"/>.</summary>
    /// <param name="source">The sender's name, one of <see cref="Sources"/>.</param>
    /// <param name="delivery">The raw body, headers and query.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    ValueTask<WebhookIngressResult> ReceiveAsync(string source, PodWebhookRequest delivery, CancellationToken cancellationToken = default);
}
