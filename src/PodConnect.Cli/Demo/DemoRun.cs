using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using PodConnect.Providers;
using PodConnect.Sla;
using PodConnect.Testing.TikTokShop;

namespace PodConnect.Cli.Demo;

/// <summary>
/// Runs the demo: the fakes and the loop on one simulated clock that the run moves in steps
/// (<see cref="Step"/>, then <see cref="IdleStep"/>). Each step the spike's new orders land on TikTok
/// (seeded on the fake, with TikTok's signed webhook handed to the loop's ingress as a host's endpoint
/// would), the clock advances, the providers ship what is due by then, and the loop runs one pass. It
/// stops when every order is shipped or surfaced, or after <see cref="MaxSimulated"/>.
/// </summary>
internal sealed class DemoRun : IDisposable
{
    /// <summary>The step of the simulated clock while orders arrive or wait to be placed: one reconciler pass per step.</summary>
    public static readonly TimeSpan Step = TimeSpan.FromMinutes(10);

    /// <summary>The step once every order is placed and only production is left.</summary>
    public static readonly TimeSpan IdleStep = TimeSpan.FromMinutes(30);

    /// <summary>How long (simulated) the run waits for every order to settle before it calls the rest lost.</summary>
    public static readonly TimeSpan MaxSimulated = TimeSpan.FromDays(14);

    private readonly DemoSettings _settings;
    private readonly FakeTimeProvider _time;
    private readonly IReadOnlyList<DemoOrder> _orders;

    private DemoRun(DemoSettings settings, FakeTimeProvider time, DemoFakes fakes, DemoLoop loop)
    {
        _settings = settings;
        _time = time;
        _orders = DemoSpike.Draw(settings.Orders, settings.Seed);
        Fakes = fakes;
        Loop = loop;
    }

    /// <summary>The remote systems (kept until disposal, so a caller can check them after the run).</summary>
    public DemoFakes Fakes { get; }

    /// <summary>The loop as the user registered it.</summary>
    public DemoLoop Loop { get; }

    /// <summary>The spike's orders, in arrival order.</summary>
    public IReadOnlyList<DemoOrder> Orders => _orders;

    /// <summary>Starts the fakes and the loop on a clock set just before the spike; faults start after the shop is authorized.</summary>
    public static async Task<DemoRun> StartAsync(DemoSettings settings, CancellationToken cancellationToken)
    {
        var time = new FakeTimeProvider(DemoSpike.Start - Step);
        var fakes = DemoFakes.Start(time);
        try
        {
            var loop = await DemoLoop.StartAsync(fakes, time, cancellationToken);
            fakes.FailAtRate(settings.FaultRate, settings.Seed);
            return new DemoRun(settings, time, fakes, loop);
        }
        catch
        {
            fakes.Dispose();
            throw;
        }
    }

    /// <summary>Runs the spike to its end and reads the summary.</summary>
    public async Task<DemoResult> RunAsync(DemoProgress? progress, TimeProvider wallClock, CancellationToken cancellationToken)
    {
        var started = wallClock.GetTimestamp();
        var lateRisks = 0;
        Loop.Monitor.LateRiskRaised += (_, _) => Interlocked.Increment(ref lateRisks);

        // Shipped is read from TikTok itself: the loop raises OrderShipped when its mark-shipped call
        // answers, not when the answer was lost and a later pass finds the order already shipped.
        var notShipped = new HashSet<string>(_orders.Select(o => o.Id), StringComparer.Ordinal);
        var floor = new ProductionFloor(Fakes, Loop, _orders);
        var arrived = 0;
        var end = DemoSpike.Start + MaxSimulated;
        DemoSnapshot snapshot = default;
        while (_time.GetUtcNow() < end)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (; arrived < _orders.Count && _orders[arrived].PlacedAt <= _time.GetUtcNow(); arrived++)
            {
                await LandOnTikTokAsync(Fakes.TikTok, Loop, _orders[arrived], cancellationToken);
            }

            // Ten-minute steps while orders arrive and wait to be placed; then half-hour steps (a pass
            // polls TikTok once, and nothing in production needs a finer clock).
            _time.Advance(arrived < _orders.Count || floor.Placed < _orders.Count ? Step : IdleStep);
            await floor.ShipDueAsync(_time.GetUtcNow(), cancellationToken);
            await Loop.Reconciler.RunPassAsync(cancellationToken);

            notShipped.RemoveWhere(Fakes.IsShippedOnTikTok);
            var shipped = _orders.Count - notShipped.Count;
            snapshot = new DemoSnapshot(_time.GetUtcNow(), arrived, _orders.Count, floor.Placed, shipped, Loop.Monitor.Surfaced.Count, Fakes.RequestCounts().Values.Sum());
            progress?.Report(snapshot);
            if (arrived == _orders.Count && notShipped.All(Loop.Monitor.Surfaced.ContainsKey))
            {
                break;
            }
        }

        progress?.Complete(snapshot);
        return await DemoSummary.CollectAsync(_settings, _orders, Fakes, Loop, _time.GetUtcNow(), lateRisks, wallClock.GetElapsedTime(started).TotalSeconds, cancellationToken);
    }

    public void Dispose()
    {
        Loop.Dispose();
        Fakes.Dispose();
    }

    /// <summary>The buyer pays: the order appears on TikTok with its dispatch deadline, and TikTok's order-status webhook reaches the loop.</summary>
    private static async Task LandOnTikTokAsync(FakeTikTokShop tikTok, DemoLoop loop, DemoOrder order, CancellationToken cancellationToken)
    {
        var deadline = DispatchSla.Default.DeadlineFor(order.ToCoreOrder());
        tikTok.SeedOrders(FakeTikTokShop.DefaultShopCipher, FakeTikTokOrders.Create(
            order.Id,
            order.PlacedAt,
            [new FakeOrderLine(order.Product.Sku, order.Quantity)],
            regionCode: order.Place.Country,
            postalCode: order.Place.PostalCode,
            postTown: order.Place.Town,
            subdivisionIso: order.Place.Subdivision,
            rtsSlaTime: deadline,
            currency: order.Place.Country == "GB" ? "GBP" : "EUR"));
        var body = tikTok.CreateWebhookBody(1, new JsonObject { ["order_id"] = order.Id, ["order_status"] = "AWAITING_SHIPMENT", ["update_time"] = order.PlacedAt.ToUnixTimeSeconds() }, notificationId: "demo-" + order.Id);
        _ = await loop.Ingress.ReceiveAsync("tiktokshop", new PodWebhookRequest(Encoding.UTF8.GetBytes(body), [new("Authorization", tikTok.SignWebhook(body))]), cancellationToken);
    }

    /// <summary>
    /// The providers' production floors: each placed order ships when its facility said it would (the
    /// dispatch the router predicted from the facility's production days and collection time), a working
    /// day later for the orders that slip.
    /// </summary>
    private sealed class ProductionFloor(DemoFakes fakes, DemoLoop loop, IReadOnlyList<DemoOrder> orders)
    {
        private readonly HashSet<string> _shipped = new(StringComparer.Ordinal);
        private readonly HashSet<string> _placed = new(StringComparer.Ordinal);

        public int Placed => _placed.Count;

        public async Task ShipDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
        {
            foreach (var order in orders)
            {
                if (order.PlacedAt > now)
                {
                    break;
                }

                if (_shipped.Contains(order.Id)
                    || await loop.Placements.FindAsync(order.Id, cancellationToken) is not { IsPlaced: true } placement)
                {
                    continue;
                }

                _placed.Add(order.Id);
                var due = placement.PredictedDispatch ?? placement.ReservedAt.AddDays(2);
                if (order.SlipsProduction)
                {
                    due = NextWorkingDay(due);
                }

                if (now >= due)
                {
                    await fakes.ShipAsync(placement.Provider, placement.ProviderOrderId!, order.Id);
                    _shipped.Add(order.Id);
                }
            }
        }

        private static DateTimeOffset NextWorkingDay(DateTimeOffset at)
        {
            var next = at.AddDays(1);
            while (next.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                next = next.AddDays(1);
            }

            return next;
        }
    }
}
