using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace PodConnect.Fulfillment;

/// <summary>
/// Runs reconciler passes for the host's lifetime: a pass, then sleep until the next due order or poll —
/// or until a webhook hint wakes it. All waiting is on the <see cref="TimeProvider"/>, and stopping cancels
/// the wait, so shutdown never waits on a clock nobody advances.
/// </summary>
internal sealed class FulfillmentHostedService(FulfillmentReconciler reconciler, FulfillmentMonitor monitor, TimeProvider time, ILogger<FulfillmentHostedService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        monitor.LoopStarted(time.GetUtcNow());
        try
        {
            await RunAsync(stoppingToken).ConfigureAwait(false);
        }
        finally
        {
            monitor.LoopStopped();
        }
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var wake = reconciler.WakeTask; // Taken before the pass, so a hint arriving during it is not missed.
            try
            {
                await reconciler.RunPassAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                FulfillmentLog.PassFailed(logger, e.GetType().Name, e);
            }

            if (reconciler.HasHints)
            {
                continue;
            }

            var delay = reconciler.NextDueAt - time.GetUtcNow();
            if (delay <= TimeSpan.Zero)
            {
                continue;
            }

            using var sleeping = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var timer = Task.Delay(delay, time, sleeping.Token);
            await Task.WhenAny(timer, wake).ConfigureAwait(false);
            await sleeping.CancelAsync().ConfigureAwait(false);
        }
    }
}
