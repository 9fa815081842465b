using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using PodConnect.Fulfillment;
using PodConnect.Providers;
using PodConnect.Sla;
using PodConnect.Testing.TikTokShop;

namespace PodConnect.Cli.Demo;

/// <summary>
/// Runs the demo: the fakes and the loop on one simulated clock that the run moves in ten-minute steps.
/// Each step the spike's new orders land on TikTok (seeded on the fake, with TikTok's signed webhook
/// handed to the loop's ingress as a host's endpoint would), the clock advances, the providers ship
/// what is due by then, and the loop runs one pass. It stops when every order is shipped or surfaced, or after
/// <see cref="MaxSimulated"/>.
/// </summary>
internal static class DemoRun
{
    /// <summary>The step of the simulated clock while orders arrive or wait to be placed: one reconciler pass per step.</summary>
    public static readonly TimeSpan Step = TimeSpan.FromMinutes(10);

    /// <summary>The step once every order is placed and only production is left.</summary>
    public static readonly TimeSpan IdleStep = TimeSpan.FromMinutes(30);

    /// <summary>How long (simulated) the run waits for every order to settle before it calls the rest lost.</summary>
    public static readonly TimeSpan MaxSimulated = TimeSpan.FromDays(14);

    public static async Task<DemoResult> RunAsync(DemoSettings settings, DemoProgress? progress, TimeProvider wallClock, CancellationToken cancellationToken)
    {
        var started = wallClock.GetTimestamp();
        var orders = DemoSpike.Draw(settings.Orders, settings.Seed);
        var time = new FakeTimeProvider(DemoSpike.Start - Step);
        using var fakes = DemoFakes.Start(time);
        using var loop = await DemoLoop.StartAsync(fakes, time, cancellationToken);
        fakes.FailAtRate(settings.FaultRate, settings.Seed);

        var shippedOnTikTok = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var lateRisks = 0;
        loop.Monitor.OrderShipped += (_, e) => shippedOnTikTok[e.Order.OrderId] = true;
        loop.Monitor.LateRiskRaised += (_, _) => Interlocked.Increment(ref lateRisks);

        var floor = new ProductionFloor(fakes, loop, orders);
        var arrived = 0;
        var end = DemoSpike.Start + MaxSimulated;
        DemoSnapshot snapshot = default;
        while (time.GetUtcNow() < end)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (; arrived < orders.Count && orders[arrived].PlacedAt <= time.GetUtcNow(); arrived++)
            {
                await LandOnTikTokAsync(fakes.TikTok, loop, orders[arrived], cancellationToken);
            }

            // Ten-minute steps while orders arrive and wait to be placed; then half-hour steps (a pass
            // polls TikTok once, and nothing in production needs a finer clock).
            time.Advance(arrived < orders.Count || floor.Placed < orders.Count ? Step : IdleStep);
            await floor.ShipDueAsync(time.GetUtcNow(), cancellationToken);
            await loop.Reconciler.RunPassAsync(cancellationToken);

            var settled = orders.Count(o => shippedOnTikTok.ContainsKey(o.Id) || loop.Monitor.Surfaced.ContainsKey(o.Id));
            snapshot = new DemoSnapshot(time.GetUtcNow(), arrived, orders.Count, floor.Placed, shippedOnTikTok.Count, loop.Monitor.Surfaced.Count, fakes.RequestCounts().Values.Sum());
            progress?.Report(snapshot);
            if (arrived == orders.Count && settled == orders.Count)
            {
                break;
            }
        }

        progress?.Complete(snapshot);
        return await DemoSummary.CollectAsync(settings, orders, fakes, loop, time.GetUtcNow(), lateRisks, wallClock.GetElapsedTime(started).TotalSeconds, cancellationToken);
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
