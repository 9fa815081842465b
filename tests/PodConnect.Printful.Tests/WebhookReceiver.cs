using System.Text;
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

    public WebhookReceiver() =>
        _server.Given(Request.Create().UsingPost()).RespondWith(Response.Create().WithStatusCode(200));

    public Uri Url => new(_server.Url + "/webhooks/printful?token=" + PrintfulHarness.UrlToken);

    public IReadOnlyList<PodWebhookRequest> Deliveries =>
    [
        .. _server.LogEntries.Select(e => new PodWebhookRequest(
            e.RequestMessage!.BodyAsBytes ?? Encoding.UTF8.GetBytes(e.RequestMessage.Body ?? string.Empty),
            e.RequestMessage.Headers!.Select(h => new KeyValuePair<string, string>(h.Key, h.Value.First())),
            e.RequestMessage.RawQuery)),
    ];

    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
    }
}
