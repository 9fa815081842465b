using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PodConnect.AspNetCore.Webhooks;
using PodConnect.Testing.Common;
using PodConnect.Webhooks;

namespace PodConnect.AspNetCore.Tests.Webhooks;

/// <summary>An in-memory ASP.NET Core host (TestServer) with the webhook endpoints mapped over a given ingress.</summary>
internal sealed class WebhookHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WebhookHost(WebApplication app, RecordingLogger<WebhookHost> logs)
    {
        _app = app;
        Services = app.Services;
        Logs = logs;
        Client = app.GetTestClient();
    }

    public HttpClient Client { get; }

    public IServiceProvider Services { get; }

    public RecordingLogger<WebhookHost> Logs { get; }

    /// <summary>Starts a host over <paramref name="ingress"/>, or over the ingress <paramref name="services"/> registers when it is null.</summary>
    public static async Task<WebhookHost> StartAsync(IWebhookIngress? ingress, Action<PodConnectWebhookOptions>? configure = null, Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        var logs = new RecordingLogger<WebhookHost>();
        builder.Logging.ClearProviders().AddProvider(new RecordingProvider(logs));
        if (ingress is not null)
        {
            builder.Services.AddSingleton(ingress);
        }

        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.MapPodConnectWebhooks("/webhooks", configure);
        await app.StartAsync();
        return new WebhookHost(app, logs);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private sealed class RecordingProvider(RecordingLogger<WebhookHost> logs) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => logs;

        public void Dispose()
        {
        }
    }
}
