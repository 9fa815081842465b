using System.Collections.Concurrent;
using PodConnect.Fulfillment;
using PodConnect.Marketplaces;
using PodConnect.Providers;
using PodConnect.Testing.InProcess;
using Xunit.Abstractions;

namespace PodConnect.Tests.Fulfillment;

/// <summary>
/// 1,000 orders through the loop against in-process fakes: every order shipped exactly once at exactly one
/// provider, cancelled, or surfaced with a reason — with and without faults, lost/duplicated/reordered
/// webhooks and a crash that loses all local memory.
/// </summary>
public sealed class FulfillmentChaosTests(ITestOutputHelper output)
{
    private static readonly string[] Countries = ["GB", "GB", "GB", "DE", "FR", "IE", "ES", "IT", "NL"];
    private static readonly string[] Skus = ["TEE-BLK-M", "TEE-BLK-M", "MUG-11", "CAP-RED"];

    [Fact]
    public async Task Happy_path_1000_orders_ship_exactly_once_with_few_calls_per_order()
    {
        using var loop = new LoopHarness();
        var run = await RunAsync(loop, orders: 1_000, seed: 1, faultRate: 0, webhookLoss: 0, crashAtStep: null, cancelShare: 0);

        Assert.Equal(1_000, run.Shipped);
        Assert.Equal(0, run.Surfaced + run.Lost + run.Duplicates);
        Assert.Equal(1_000, loop.Marketplace.MarkShippedCalls);
        Assert.Equal(1_000, loop.Gelato.Creates + loop.Printful.Creates);
        // One create and one provider read (on its shipped webhook) per order; marketplace reads batched.
        Assert.True(run.ProviderCallsPerOrder <= 2.01, $"provider calls per order {run.ProviderCallsPerOrder:F2}");
        Assert.True(run.MarketplaceCallsPerOrder <= 1.5, $"marketplace calls per order {run.MarketplaceCallsPerOrder:F2}");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Under_faults_lost_webhooks_and_a_crash_every_order_ends_shipped_once_cancelled_or_surfaced(bool marketplaceKeepsLinks)
    {
        using var loop = new LoopHarness();
        loop.Marketplace.KeepsLinks = marketplaceKeepsLinks;
        var run = await RunAsync(loop, orders: 1_000, seed: 42, faultRate: 0.10, webhookLoss: 0.2, crashAtStep: 40, cancelShare: 0.03);

        Assert.Equal(0, run.Duplicates);
        Assert.Equal(0, run.Lost);
        Assert.Equal(1_000, run.Shipped + run.Cancelled + run.Surfaced);
        Assert.All(loop.Monitor.Surfaced.Values, s => Assert.Equal(SurfaceReason.CancelTooLate, s.Reason));
        Assert.True(run.Shipped > 900);
    }

    [Fact]
    public async Task Every_shipped_order_is_announced_once_even_when_the_mark_shipped_answer_was_lost()
    {
        using var loop = new LoopHarness();
        // The loop's workers raise the event concurrently, as the monitor documents: count thread-safely.
        var announced = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        loop.Monitor.OrderShipped += (_, shipped) => announced.AddOrUpdate(shipped.Order.OrderId, 1, (_, n) => n + 1);

        var run = await RunAsync(loop, orders: 300, seed: 7, faultRate: 0.25, webhookLoss: 0.2, crashAtStep: null, cancelShare: 0);

        // The run stops once TikTok shows every order shipped. An order whose mark-shipped answer was lost in that
        // last pass is announced when the loop next reads TikTok, so give it its next passes (bounded, fake time).
        for (var pass = 0; pass < 6 && announced.Count < run.Shipped; pass++)
        {
            loop.Time.Advance(TimeSpan.FromMinutes(10));
            await loop.Reconciler.RunPassAsync();
        }

        Assert.Equal(300, run.Shipped);
        Assert.True(loop.Marketplace.Faults.Injected.GetValueOrDefault("timeout-after-accept") > 0, "the run lost some answers after the marketplace acted");
        Assert.Equal(run.Shipped, announced.Count);
        Assert.All(announced, a => Assert.Equal(1, a.Value));
    }

    private async Task<RunResult> RunAsync(LoopHarness loop, int orders, int seed, double faultRate, double webhookLoss, int? crashAtStep, double cancelShare)
    {
        var random = new Random(seed);
        var step = TimeSpan.FromMinutes(10);
        var arrivalSteps = 36; // the spike: 1,000 orders over six hours
        var ids = Enumerable.Range(0, orders).Select(i => (5_770_000_000_000_000L + i).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        // A buyer cancels some orders, from minutes to ten hours after buying.
        var cancelAt = ids.Select((id, i) => (id, i)).Where(_ => random.NextDouble() < cancelShare)
            .ToDictionary(x => x.id, x => (x.i * arrivalSteps / orders) + random.Next(1, 60));
        var providerWebhookSent = new HashSet<string>(StringComparer.Ordinal);
        loop.Marketplace.Faults.FailureRate = faultRate;
        loop.Gelato.Faults.FailureRate = faultRate;
        loop.Printful.Faults.FailureRate = faultRate;
        var crashes = 0;
        for (var s = 0; s < 800; s++)
        {
            var arriving = ids.Skip(s * orders / arrivalSteps).Take(((s + 1) * orders / arrivalSteps) - (s * orders / arrivalSteps)).ToList();
            var hooks = new List<PodWebhookRequest>();
            foreach (var id in arriving)
            {
                loop.AddOrder(id, Skus[random.Next(Skus.Length)], Countries[random.Next(Countries.Length)], quantity: random.Next(10) == 0 ? 2 : 1);
                hooks.Add(loop.Marketplace.CreateWebhook(id, "evt-" + id));
            }

            foreach (var (id, at) in cancelAt.Where(c => c.Value == s))
            {
                if (loop.Marketplace.Cancel(id))
                {
                    hooks.Add(loop.Marketplace.CreateWebhook(id, "cancel-" + id));
                }
            }

            await DeliverAsync(loop, loop.Marketplace.Name, hooks, random, webhookLoss);
            var shippedHooks = new List<PodWebhookRequest>();
            foreach (var provider in new[] { loop.Gelato, loop.Printful })
            {
                var hooksOfProvider = provider.ExternalIds
                    .Where(id => provider.Peek(id)!.Status == PodOrderStatus.Shipped && providerWebhookSent.Add(provider.Name + id))
                    .Select(id => provider.CreateWebhook(id, "shipped-" + id)).ToList();
                await DeliverAsync(loop, provider.Name, hooksOfProvider, random, webhookLoss);
            }

            if (s == crashAtStep)
            {
                loop.Crash();
                crashes++;
            }

            loop.Time.Advance(step);
            await loop.Reconciler.RunPassAsync();
            if (s > arrivalSteps && ids.All(id => Settled(loop, id)))
            {
                break;
            }
        }

        var result = Tally(loop, ids);
        var injected = string.Join(", ", new[] { loop.Marketplace.Faults, loop.Gelato.Faults, loop.Printful.Faults }
            .SelectMany(f => f.Injected).GroupBy(kv => kv.Key).Select(g => $"{g.Key}={g.Sum(kv => kv.Value)}"));
        output.WriteLine($"orders {orders}, faults {faultRate:P0} ({injected}), webhook loss {webhookLoss:P0}, crashes {crashes}, links {loop.Marketplace.KeepsLinks}");
        output.WriteLine($"shipped {result.Shipped}, cancelled {result.Cancelled}, surfaced {result.Surfaced}, lost {result.Lost}, duplicates {result.Duplicates}");
        output.WriteLine($"calls per order: marketplace {result.MarketplaceCallsPerOrder:F2} (mark-shipped {loop.Marketplace.MarkShippedCalls / (double)orders:F2}), providers {result.ProviderCallsPerOrder:F2} (creates {(loop.Gelato.Creates + loop.Printful.Creates) / (double)orders:F2})");
        output.WriteLine("marketplace calls: " + string.Join(", ", loop.Marketplace.CallsByKind.OrderBy(k => k.Key).Select(k => $"{k.Key}={k.Value}")));
        output.WriteLine("provider calls: " + string.Join(", ", loop.Gelato.CallsByKind.Concat(loop.Printful.CallsByKind).GroupBy(k => k.Key).OrderBy(g => g.Key).Select(g => $"{g.Key}={g.Sum(k => k.Value)}")));
        return result;
    }

    private static async Task DeliverAsync(LoopHarness loop, string source, List<PodWebhookRequest> hooks, Random random, double loss)
    {
        // Lost, duplicated and out of order: drop some, repeat some, shuffle.
        var deliveries = hooks.Where(_ => random.NextDouble() >= loss).SelectMany(h => random.NextDouble() < 0.1 ? new[] { h, h } : [h]).OrderBy(_ => random.Next()).ToList();
        foreach (var hook in deliveries)
        {
            var result = await loop.Ingress.ReceiveAsync(source, hook);
            Assert.Equal(200, result.HttpStatusCode);
        }
    }

    private static bool Settled(LoopHarness loop, string id)
    {
        var order = loop.Marketplace.Get(id);
        return order.Status == MarketplaceOrderStatus.Shipped
            || loop.Monitor.Surfaced.ContainsKey(id)
            || (order.Status == MarketplaceOrderStatus.Cancelled && (loop.Gelato.Peek(id) ?? loop.Printful.Peek(id)) is null or { Status: PodOrderStatus.Cancelled });
    }

    private static RunResult Tally(LoopHarness loop, string[] ids)
    {
        int shipped = 0, cancelled = 0, surfaced = 0, lost = 0, duplicates = 0;
        foreach (var id in ids)
        {
            var atProviders = (loop.Gelato.Peek(id) is null ? 0 : 1) + (loop.Printful.Peek(id) is null ? 0 : 1);
            var order = loop.Marketplace.Get(id);
            if (atProviders > 1 || loop.Marketplace.ShipCount(id) > 1)
            {
                duplicates++;
            }

            if (order.Status == MarketplaceOrderStatus.Shipped)
            {
                var pod = (loop.Gelato.Peek(id) ?? loop.Printful.Peek(id))!;
                Assert.Equal(pod.Shipments[0].TrackingNumber, loop.Marketplace.TrackingOf(id));
                shipped++;
            }
            else if (loop.Monitor.Surfaced.ContainsKey(id))
            {
                surfaced++;
            }
            else if (order.Status == MarketplaceOrderStatus.Cancelled && (loop.Gelato.Peek(id) ?? loop.Printful.Peek(id)) is null or { Status: PodOrderStatus.Cancelled })
            {
                cancelled++;
            }
            else
            {
                lost++;
            }
        }

        var n = (double)ids.Length;
        return new RunResult(shipped, cancelled, surfaced, lost, duplicates, loop.Marketplace.Calls / n, (loop.Gelato.Calls + loop.Printful.Calls) / n);
    }

    private sealed record RunResult(int Shipped, int Cancelled, int Surfaced, int Lost, int Duplicates, double MarketplaceCallsPerOrder, double ProviderCallsPerOrder);
}
