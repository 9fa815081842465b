using Polly.Timeout;

namespace PodConnect.Http.Reachability;

/// <summary>
/// Sits just outside a client's resilience pipeline and reports each call's final outcome to the
/// <see cref="RemoteApiMonitor"/>. A cancelled call (by its caller or by shutdown) reports nothing.
/// </summary>
internal sealed class RemoteApiTrackingHandler(string api, RemoteApiMonitor monitor, TimeProvider time) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && Failure(e) is { } failure)
        {
            monitor.Record(api, time.GetUtcNow(), failure);
            throw;
        }

        monitor.Record(api, time.GetUtcNow(), RemoteApiMonitor.Classify(response.StatusCode));
        return response;
    }

    private static RemoteApiFailure? Failure(Exception e) => e switch
    {
        TimeoutRejectedException or TaskCanceledException { InnerException: TimeoutException } => RemoteApiFailure.Timeout,
        HttpRequestException => RemoteApiFailure.ConnectionFailed,
        _ => null, // e.g. the local rate limiter's queue is full: says nothing about the remote API.
    };
}
