using Microsoft.Extensions.DependencyInjection;

namespace PodConnect.Http.Resilience;

/// <summary>
/// Sits just outside the resilience handler: a call still running (or waiting for a retry) when its
/// container shuts down is cancelled, and shutdown can tell when it has left the pipeline. See
/// <see cref="PipelineShutdown"/>. The shutdown singleton is looked up on the first call, not in the
/// constructor, so it is created by the pipeline factory after Polly's registry (disposal depends on it).
/// </summary>
internal sealed class CancelOnShutdownHandler(IServiceProvider services) : DelegatingHandler
{
    private PipelineShutdown? _shutdown;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var shutdown = _shutdown ??= services.GetRequiredService<PipelineShutdown>();
        using var call = shutdown.Enter();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, shutdown.Token);
        return await base.SendAsync(request, linked.Token).ConfigureAwait(false);
    }
}
