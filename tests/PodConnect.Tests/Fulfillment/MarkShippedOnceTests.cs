using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PodConnect.Fulfillment;
using PodConnect.Stores;
using PodConnect.Testing.Common;

namespace PodConnect.Tests.Fulfillment;

/// <summary>
/// The loop promises one mark-shipped per order (and one <see cref="FulfillmentMonitor.OrderShipped"/>, one
/// "marked shipped" log): providers announce one shipment with several webhooks (Gelato: tracking code, then
/// status; Prodigi: shipment, then stage), and each arrives after the loop has already acted on the first.
/// </summary>
public sealed class MarkShippedOnceTests
{
    private const int ShippedLogId = 9002;

    [Fact]
    public async Task A_second_provider_webhook_for_the_same_shipment_marks_nothing_again()
    {
        var logs = new RecordingLogger<FulfillmentReconciler>();
        using var loop = new LoopHarness(o => o.HoldWindow = TimeSpan.Zero, s => s.AddSingleton<ILogger<FulfillmentReconciler>>(logs));
        var announced = 0;
        loop.Monitor.OrderShipped += (_, _) => Interlocked.Increment(ref announced);
        loop.AddOrder("7001", sku: "CAP-RED", country: "DE"); // Printful only
        await loop.Reconciler.RunPassAsync();
        Assert.Equal(1, loop.Printful.Creates);
        loop.Time.Advance(loop.Printful.ToShipped + TimeSpan.FromMinutes(1)); // shipped at the provider, no pass yet

        // The first webhook (the tracking code) wakes a pass that marks the order shipped.
        await loop.Ingress.ReceiveAsync("printful", loop.Printful.CreateWebhook("7001", "evt-tracking"));
        await loop.Reconciler.RunPassAsync();
        Assert.Equal(1, loop.Marketplace.MarkShippedCalls);

        // The second (the status change) arrives a moment later, before any poll has re-read the marketplace.
        loop.Time.Advance(TimeSpan.FromSeconds(1));
        await loop.Ingress.ReceiveAsync("printful", loop.Printful.CreateWebhook("7001", "evt-status"));
        await loop.Reconciler.RunPassAsync();
        await loop.AdvanceAsync(TimeSpan.FromMinutes(10), times: 3); // and the polls that follow

        Assert.Equal(1, loop.Marketplace.MarkShippedCalls);
        Assert.Equal(1, Volatile.Read(ref announced));
        Assert.Single(logs.Entries, e => e.Id.Id == ShippedLogId);
    }

    [Fact]
    public async Task An_instance_whose_snapshot_predates_another_instances_dispatch_neither_ships_nor_announces_it_again()
    {
        // Two instances sharing their stores (as on Redis); webhooks reach whichever instance the load balancer picks.
        InMemoryPlacedOrderIndex? index = null;
        var ledger = new InMemoryDispatchLedgerStore();
        void Shared(IServiceCollection s)
        {
            s.AddSingleton<IPlacedOrderIndex>(sp => index ??= new InMemoryPlacedOrderIndex(sp.GetRequiredService<TimeProvider>()));
            s.AddSingleton<IDispatchLedgerStore>(ledger);
        }

        using var a = new LoopHarness(o => { o.HoldWindow = TimeSpan.Zero; o.InstanceId = "a"; }, Shared);
        // b's next poll is days away, so only the webhook wakes it, with the snapshot it read before a shipped the order.
        using var b = a.AnotherInstance(o => { o.HoldWindow = TimeSpan.Zero; o.InstanceId = "b"; o.PollInterval = TimeSpan.FromDays(3); }, Shared);
        var announced = 0;
        a.Monitor.OrderShipped += (_, _) => Interlocked.Increment(ref announced);
        b.Monitor.OrderShipped += (_, _) => Interlocked.Increment(ref announced);
        a.AddOrder("7002", sku: "CAP-RED", country: "DE");
        await b.Reconciler.RunPassAsync(); // b polls first, places it, and keeps its "awaiting shipment" snapshot
        await a.Reconciler.RunPassAsync(); // a polls too and finds the placement in the shared index
        Assert.Equal(1, a.Printful.Creates);
        a.Time.Advance(a.Printful.ToShipped + TimeSpan.FromMinutes(1));

        await a.Ingress.ReceiveAsync("printful", a.Printful.CreateWebhook("7002", "evt-tracking"));
        await a.Reconciler.RunPassAsync();
        await b.Ingress.ReceiveAsync("printful", b.Printful.CreateWebhook("7002", "evt-status"));
        await b.Reconciler.RunPassAsync();

        Assert.Equal(1, a.Marketplace.MarkShippedCalls);
        Assert.Equal(1, Volatile.Read(ref announced));
    }
}
