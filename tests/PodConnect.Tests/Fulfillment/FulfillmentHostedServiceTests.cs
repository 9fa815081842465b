using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PodConnect.Domain;
using PodConnect.Fulfillment;
using PodConnect.Marketplaces;
using PodConnect.Providers;
using PodConnect.Testing.InProcess;
using PodConnect.Testing.Time;

namespace PodConnect.Tests.Fulfillment;

/// <summary>
/// The loop as users run it: a real host (<see cref="HostApplicationBuilder"/> + AddPodConnect +
/// RunFulfillment) on the in-process fakes, time driven by a fake clock that the test advances exactly
/// when the hosted loop goes to sleep on it. The host ships orders, stops promptly with work in flight
/// (which is cancelled), and a new host with empty memory finishes the job without losing or repeating anything.
/// </summary>
public sealed class FulfillmentHostedServiceTests
{
    private static readonly DateTimeOffset Start = LoopHarness.Start;

    private readonly ObservableFakeTimeProvider _time = new(Start);
    private readonly InProcessMarketplace _marketplace;
    private readonly GatedProvider _gelato;
    private readonly GatedProvider _printful;
    private int _timerMark;

    public FulfillmentHostedServiceTests()
    {
        _marketplace = new InProcessMarketplace(_time);
        _gelato = new GatedProvider(new InProcessPodProvider("gelato", _time, seed: 11));
        _printful = new GatedProvider(new InProcessPodProvider("printful", _time, seed: 13) { Carrier = "DPD" });
    }

    [Fact]
    public async Task The_hosted_loop_ships_orders_stops_promptly_with_work_in_flight_and_a_restart_loses_nothing()
    {
        // A hang guard only (real time): nothing below waits on it unless the loop misbehaves.
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var first = AddOrders(0, 20);

        using (var host = BuildHost())
        {
            await host.StartAsync(guard.Token);
            var monitor = host.Services.GetRequiredService<FulfillmentMonitor>();
            await monitor.WaitForPassAsync(0, guard.Token); // the host ran its first pass by itself

            await DriveAsync(monitor, () => first.All(IsShipped), guard.Token);
            Assert.All(first, id => Assert.Equal(1, _marketplace.ShipCount(id)));

            // New orders arrive; the providers accept them but their answers never come back while the host runs.
            _gelato.HoldAnswers();
            _printful.HoldAnswers();
            AddOrders(20, 20);
            await DriveUntilAsync(Task.WhenAny(_gelato.Held, _printful.Held), guard.Token);

            var stopping = host.StopAsync(guard.Token);
            await stopping.WaitAsync(guard.Token);
            Assert.True(stopping.IsCompletedSuccessfully);
            Assert.True(_gelato.Cancelled + _printful.Cancelled > 0, "the in-flight placements saw the host's stop");
        }

        // A new instance with empty memory against the same remote systems.
        _gelato.Release();
        _printful.Release();
        using (var host = BuildHost())
        {
            await host.StartAsync(guard.Token);
            var monitor = host.Services.GetRequiredService<FulfillmentMonitor>();
            await DriveAsync(monitor, () => _marketplace.OrderIds.All(IsShipped), guard.Token);
            await host.StopAsync(guard.Token);
        }

        Assert.All(_marketplace.OrderIds, id => Assert.Equal(1, _marketplace.ShipCount(id)));
        Assert.Empty(_gelato.Inner.ExternalIds.Intersect(_printful.Inner.ExternalIds)); // each order at exactly one provider
        Assert.Equal(40, _gelato.Inner.ExternalIds.Count + _printful.Inner.ExternalIds.Count);
    }

    /// <summary>
    /// Waits until the hosted loop sleeps on the clock, advances the clock by exactly that sleep, waits for the
    /// pass it wakes, and repeats until <paramref name="done"/> — no real-time sleeping, no race on the timer.
    /// </summary>
    private async Task DriveAsync(FulfillmentMonitor monitor, Func<bool> done, CancellationToken cancellationToken)
    {
        for (var step = 0; !done(); step++)
        {
            Assert.True(step < 500, $"the loop did not finish within 500 sleeps (clock at {_time.GetUtcNow():u}; surfaced: {string.Join(", ", monitor.Surfaced.Keys)}; not shipped: {string.Join(", ", _marketplace.OrderIds.Where(id => !IsShipped(id)))})");
            var passes = monitor.CompletedPasses;
            await AdvanceToNextWakeAsync(cancellationToken);
            await monitor.WaitForPassAsync(passes, cancellationToken);
        }
    }

    /// <summary>Drives the clock as <see cref="DriveAsync"/> does until <paramref name="condition"/> completes (a pass that never ends by itself).</summary>
    private async Task DriveUntilAsync(Task condition, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var sleep = Task.CompletedTask;
        for (var step = 0; !condition.IsCompleted; step++)
        {
            Assert.True(step < 500, "the condition did not come true within 500 sleeps");
            sleep = AdvanceToNextWakeAsync(stop.Token);
            await Task.WhenAny(condition, sleep).WaitAsync(cancellationToken);
        }

        // The pending wait for a sleep must not advance the clock later, behind the next driver's back.
        await stop.CancelAsync();
        await sleep.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private async Task AdvanceToNextWakeAsync(CancellationToken cancellationToken)
    {
        var sleep = await _time.WaitForTimerAsync(_timerMark, due => due > TimeSpan.Zero, cancellationToken);
        _timerMark = _time.TimersCreated; // the sleep just found (and any timer before it) is released by this advance
        _time.Advance(sleep.DueTime);
    }

    private IHost BuildHost()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddSingleton<TimeProvider>(_time);
        builder.Services.AddSingleton<IMarketplace>(_marketplace);
        builder.Services.AddSingleton<IPodProvider>(_gelato);
        builder.Services.AddSingleton<IPodProvider>(_printful);
        builder.Services.AddPodConnect(pod => pod
            .UseCatalog(LoopHarness.DefaultCatalog())
            .UseNetwork(FacilityNetworkFor.Europe)
            .RunFulfillment(o =>
            {
                o.InstanceId = "hosted";
                // These fakes send no webhooks, so the loop learns of shipments by polling: hourly keeps the drive short.
                o.PollInterval = TimeSpan.FromHours(1);
            }));
        return builder.Build();
    }

    private string[] AddOrders(int from, int count)
    {
        var ids = new string[count];
        for (var i = 0; i < count; i++)
        {
            var id = (7_000 + from + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var created = _time.GetUtcNow().AddHours(-2); // past the buyer-cancel hold: placed at once
            _marketplace.Add(new MarketplaceOrder(
                new MarketplaceOrderRef(InProcessMarketplace.DefaultShopId, id), MarketplaceOrderStatus.AwaitingShipment, "AWAITING_SHIPMENT",
                created, new Address(CountryCode.Parse(i % 3 == 0 ? "DE" : "GB"), "EH1 1YZ", "Edinburgh", ["1 High Street"]),
                [new MarketplaceLine(i % 4 == 0 ? "MUG-11" : "TEE-BLK-M", 1, [id + "-1"])])
            {
                Recipient = new Recipient("Alex Buyer"),
                Deadlines = new OrderDeadlines(ReadyToShipBy: created.AddDays(3)),
            });
            ids[i] = id;
        }

        return ids;
    }

    private bool IsShipped(string id) => _marketplace.Get(id).Status == MarketplaceOrderStatus.Shipped;

    /// <summary>A provider whose placements, once held, act at the provider but answer only when the caller gives up.</summary>
    private sealed class GatedProvider(InProcessPodProvider inner) : IPodProvider
    {
        private readonly TaskCompletionSource _held = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private volatile bool _holding;
        private int _cancelled;

        public InProcessPodProvider Inner => inner;

        public Task Held => _held.Task;

        public int Cancelled => Volatile.Read(ref _cancelled);

        public string Name => inner.Name;

        public void HoldAnswers() => _holding = true;

        public void Release() => _holding = false;

        public async Task<PodPlacement> PlaceOrderAsync(PodOrderRequest request, CancellationToken cancellationToken = default)
        {
            var placed = await inner.PlaceOrderAsync(request, cancellationToken);
            if (!_holding)
            {
                return placed;
            }

            _held.TrySetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                Interlocked.Increment(ref _cancelled);
                throw;
            }

            return placed;
        }

        public Task<PodQuote> QuoteAsync(PodOrderRequest request, CancellationToken cancellationToken = default) => inner.QuoteAsync(request, cancellationToken);

        public Task<PodOrder> GetOrderAsync(string providerOrderId, CancellationToken cancellationToken = default) => inner.GetOrderAsync(providerOrderId, cancellationToken);

        public Task<PodOrder?> FindOrderByExternalIdAsync(string externalId, CancellationToken cancellationToken = default) => inner.FindOrderByExternalIdAsync(externalId, cancellationToken);

        public Task<PodOrder> CancelOrderAsync(string providerOrderId, CancellationToken cancellationToken = default) => inner.CancelOrderAsync(providerOrderId, cancellationToken);

        public PodWebhookEvent ParseWebhook(PodWebhookRequest request) => inner.ParseWebhook(request);
    }
}
