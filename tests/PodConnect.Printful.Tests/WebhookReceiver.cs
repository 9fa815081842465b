using System.Collections.Concurrent;
using System.Text;
using WireMock;
using PodConnect.Providers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace PodConnect.Printful.Tests;

/// <summary>An endpoint on 127.0.0.1 that records webhook deliveries as raw bytes and headers.</summary>
internal sealed class WebhookReceiver : IDisposable
{
    private readonly WireMockServer _server = WireMockServer.Start(new WireMockServerSettings { Urls = ["http://127.0.0.1:0"] });
    private readonly ConcurrentQueue<PodWebhookRequest> _deliveries = new();

    // Recorded on arrival, before answering: WireMock's own log is written after the answer, so a
    // sender that has its answer could otherwise look before the delivery is listed.
    public WebhookReceiver() =>
        _server.Given(Request.Create().UsingPost()).RespondWith(Response.Create().WithCallback(request =>
        {
            _deliveries.Enqueue(new PodWebhookRequest(
                request.BodyAsBytes ?? Encoding.UTF8.GetBytes(request.Body ?? string.Empty),
                request.Headers!.Select(h => new KeyValuePair<string, string>(h.Key, h.Value.First())),
                request.RawQuery));
            return new ResponseMessage { StatusCode = 200 };
        }));

    public Uri Url => new(_server.Url + "/webhooks/printful?token=" + PrintfulHarness.UrlToken);

    public IReadOnlyList<PodWebhookRequest> Deliveries => [.. _deliveries];

    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
    }
}
