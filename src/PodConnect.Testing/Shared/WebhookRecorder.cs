using System.Collections.Concurrent;
using System.Text;
using PodConnect.Providers;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace PodConnect.Testing.Common;

/// <summary>
/// A webhook endpoint on 127.0.0.1 that answers 200 to every POST and records each delivery as raw
/// bytes, headers and query, ready for a provider's <c>ParseWebhook</c>. Point a fake's
/// <c>WebhookUrl</c> at <see cref="UrlFor"/>.
/// </summary>
public sealed class WebhookRecorder : IDisposable
{
    private readonly WireMockServer _server = LoopbackWireMock.Start();
    private readonly ConcurrentQueue<PodWebhookRequest> _deliveries = new();

    /// <summary>Starts the endpoint.</summary>
    public WebhookRecorder() =>
        // Recorded on arrival, before answering: WireMock's own log is written after the answer, so a
        // sender that has its answer could otherwise look before the delivery is listed.
        _server.Given(Request.Create().UsingPost()).RespondWith(Response.Create().WithCallback(request =>
        {
            _deliveries.Enqueue(new PodWebhookRequest(
                request.BodyAsBytes ?? Encoding.UTF8.GetBytes(request.Body ?? string.Empty),
                request.Headers?.Select(h => new KeyValuePair<string, string>(h.Key, h.Value.First())),
                request.RawQuery));
            return new ResponseMessage { StatusCode = 200 };
        }));

    /// <summary>The deliveries so far, oldest first.</summary>
    public IReadOnlyList<PodWebhookRequest> Deliveries => [.. _deliveries];

    /// <summary>A URL on this endpoint, e.g. <c>UrlFor("/webhooks/printful?token=abc")</c>.</summary>
    public Uri UrlFor(string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        return new Uri(_server.Url + (pathAndQuery.StartsWith('/') ? pathAndQuery : "/" + pathAndQuery));
    }

    /// <summary>Stops the endpoint.</summary>
    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
    }
}
