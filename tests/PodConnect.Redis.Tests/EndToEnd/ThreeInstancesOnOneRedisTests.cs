using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PodConnect.Catalog;
using PodConnect.Domain;
using PodConnect.Marketplaces;
using PodConnect.Providers;
using PodConnect.Redis.Stores;
using PodConnect.Redis.Tests.Infrastructure;
using PodConnect.Routing;
using PodConnect.Stores;
using PodConnect.Testing.InProcess;
using StackExchange.Redis;
using Xunit.Abstractions;

namespace PodConnect.Redis.Tests.EndToEnd;

/// <summary>
/// Three instances of one shop (three service providers in this process) behind a "load balancer" that
/// hands each webhook to any of them, sharing one Redis: 1,000 orders, 10% of remote calls failing,
/// webhooks lost, duplicated and reordered, one instance killed mid-run while it holds leases, and Redis
/// restarted once (losing every key). Every order ends shipped exactly once at exactly one provider, or
/// surfaced; while Redis is down nothing is placed or marked shipped, and webhooks are still accepted.
/// </summary>
[RequiresRedis]
public sealed class ThreeInstancesOnOneRedisTests(ITestOutputHelper output)
{
    private static readonly string[] Countries = ["GB", "GB", "GB", "DE", "FR", "IE", "ES", "IT", "NL"];
    private static readonly string[] Skus = ["TEE-BLK-M", "TEE-BLK-M", "MUG-11", "CAP-RED"];

    [Fact]
    public async Task Thousand_orders_three_instances_a_kill_and_a_Redis_restart_ship_each_order_once()
    {
        const int orders = 1_000;
        const int arrivalSteps = 36; // the spike: 1,000 orders over six hours
        const int killAt = 20;
        const int redisDownAt = 30;
        const int redisDownSteps = 2;
        var random = new Random(42);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        var marketplace = new InProcessMarketplace(time);
        var gelato = new InProcessPodProvider("gelato", time, seed: 11);
        var printful = new InProcessPodProvider("printful", time, seed: 13) { Carrier = "DPD" };
        foreach (var faults in new[] { marketplace.Faults, gelato.Faults, printful.Faults })
        {
            faults.FailureRate = 0.10;
        }

        using var redis = new OwnedRedisServer();
        var prefix = "e2e-" + Guid.NewGuid().ToString("N");
        var instances = Enumerable.Range(1, 3).Select(i => new Instance("instance-" + i, redis.Address, prefix, time, marketplace, [gelato, printful])).ToList();
        var everyMonitor = instances.Select(i => i.Monitor).ToList();
        var ids = Enumerable.Range(0, orders).Select(i => (5_770_000_000_000_000L + i).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var providerWebhookSent = new HashSet<string>(StringComparer.Ordinal);
        int killedHeld = 0, placedWhileDown = 0, shippedWhileDown = 0, webhooksWhileDown = 0;
        try
        {
            for (var s = 0; s < 800; s++)
            {
                var alive = instances.Where(i => !i.Killed).ToList();
                var hooks = new List<PodWebhookRequest>();
                foreach (var id in ids.Skip(s * orders / arrivalSteps).Take(((s + 1) * orders / arrivalSteps) - (s * orders / arrivalSteps)))
                {
                    marketplace.Add(NewOrder(time, id, Skus[random.Next(Skus.Length)], Countries[random.Next(Countries.Length)], random.Next(10) == 0 ? 2 : 1));
                    hooks.Add(marketplace.CreateWebhook(id, "evt-" + id));
                }

                var delivered = await DeliverAsync(alive, marketplace.Name, hooks, random);
                foreach (var provider in new[] { gelato, printful })
                {
                    var shipped = provider.ExternalIds
                        .Where(id => provider.Peek(id)!.Status == PodOrderStatus.Shipped && providerWebhookSent.Add(provider.Name + id))
                        .Select(id => provider.CreateWebhook(id, "shipped-" + id)).ToList();
                    delivered += await DeliverAsync(alive, provider.Name, shipped, random);
                }

                if (s == killAt)
                {
                    // Killed mid-step: it dies holding leases on open orders, which nobody releases.
                    killedHeld = await instances[2].DieHoldingLeasesAsync(ids.Where(id => marketplace.Get(id).Status != MarketplaceOrderStatus.Shipped).Take(50));
                }

                if (s == redisDownAt)
                {
                    redis.Stop();
                    Assert.All(await Task.WhenAll(instances.Where(i => !i.Killed).Select(i => i.Probe.CheckAsync().AsTask())), h => Assert.False(h.IsHealthy));
                }

                var downNow = s >= redisDownAt && s < redisDownAt + redisDownSteps;
                var createsBefore = gelato.Creates + printful.Creates;
                var markedBefore = marketplace.MarkShippedCalls;
                time.Advance(TimeSpan.FromMinutes(10));
                await Task.WhenAll(instances.Where(i => !i.Killed).Select(i => i.Reconciler.RunPassAsync()));
                if (downNow)
                {
                    placedWhileDown += (int)(gelato.Creates + printful.Creates - createsBefore);
                    shippedWhileDown += (int)(marketplace.MarkShippedCalls - markedBefore);
                    webhooksWhileDown += delivered;
                }

                if (s == redisDownAt + redisDownSteps - 1)
                {
                    var reconnected = instances.Where(i => !i.Killed).Select(i => i.ReconnectedAsync()).ToList();
                    redis.Start();
                    await Task.WhenAll(reconnected).WaitAsync(TimeSpan.FromSeconds(60));
                    Assert.All(await Task.WhenAll(instances.Where(i => !i.Killed).Select(i => i.Probe.CheckAsync().AsTask())), h => Assert.True(h.IsHealthy));
                }

                if (s % 24 == 0 && s > arrivalSteps)
                {
                    var open = ids.Where(id => !Settled(marketplace, gelato, printful, everyMonitor, id)).ToList();
                    output.WriteLine($"step {s}: unsettled {open.Count} e.g. {string.Join(",", open.Take(3).Select(id => marketplace.Get(id).Status + "/" + (gelato.Peek(id) ?? printful.Peek(id))?.Status))}");
                }

                if (s > arrivalSteps && ids.All(id => Settled(marketplace, gelato, printful, everyMonitor, id)))
                {
                    output.WriteLine($"settled after {s + 1} steps of 10 minutes");
                    break;
                }
            }

            int shippedCount = 0, surfaced = 0, lost = 0, duplicates = 0;
            foreach (var id in ids)
            {
                var atProviders = (gelato.Peek(id) is null ? 0 : 1) + (printful.Peek(id) is null ? 0 : 1);
                if (atProviders > 1 || marketplace.ShipCount(id) > 1)
                {
                    duplicates++;
                }

                if (marketplace.Get(id).Status == MarketplaceOrderStatus.Shipped)
                {
                    Assert.Equal((gelato.Peek(id) ?? printful.Peek(id))!.Shipments[0].TrackingNumber, marketplace.TrackingOf(id));
                    shippedCount++;
                }
                else if (everyMonitor.Any(m => m.Surfaced.ContainsKey(id)))
                {
                    surfaced++;
                }
                else
                {
                    lost++;
                }
            }

            var injected = string.Join(", ", new[] { marketplace.Faults, gelato.Faults, printful.Faults }
                .SelectMany(f => f.Injected).GroupBy(kv => kv.Key).Select(g => $"{g.Key}={g.Sum(kv => kv.Value)}"));
            output.WriteLine($"orders {orders}, instances 3 (one killed at step {killAt} holding {killedHeld} leases), Redis down for steps {redisDownAt}..{redisDownAt + redisDownSteps - 1} and restarted empty, faults 10% ({injected})");
            output.WriteLine($"shipped {shippedCount}, surfaced {surfaced}, lost {lost}, duplicates {duplicates}; while Redis was down: placed {placedWhileDown}, marked shipped {shippedWhileDown}, webhooks accepted {webhooksWhileDown}");
            output.WriteLine($"calls per order: marketplace {marketplace.Calls / (double)orders:F2} (mark-shipped {marketplace.MarkShippedCalls / (double)orders:F2}), providers {(gelato.Calls + printful.Calls) / (double)orders:F2} (creates {(gelato.Creates + printful.Creates) / (double)orders:F2})");
            output.WriteLine("marketplace calls: " + string.Join(", ", marketplace.CallsByKind.OrderBy(k => k.Key).Select(k => $"{k.Key}={k.Value}")));
            output.WriteLine("provider calls: " + string.Join(", ", gelato.CallsByKind.Concat(printful.CallsByKind).GroupBy(k => k.Key).OrderBy(g => g.Key).Select(g => $"{g.Key}={g.Sum(k => k.Value)}")));
            output.WriteLine("surfaced reasons: " + string.Join(", ", everyMonitor.SelectMany(m => m.Surfaced.Values).DistinctBy(v => v.Order.OrderId).GroupBy(v => v.Reason).Select(g => $"{g.Key}={g.Count()}")));

            Assert.Equal(0, duplicates);
            Assert.Equal(0, lost);
            Assert.Equal(orders, shippedCount + surfaced);
            Assert.True(shippedCount > 900, $"shipped {shippedCount}");
            Assert.Equal(0, placedWhileDown);
            Assert.Equal(0, shippedWhileDown);
            Assert.True(webhooksWhileDown > 0);
            Assert.True(killedHeld > 0);
        }
        finally
        {
            foreach (var instance in instances)
            {
                instance.Dispose();
            }
        }
    }

    private static async Task<int> DeliverAsync(List<Instance> alive, string source, List<PodWebhookRequest> hooks, Random random)
    {
        // Lost, duplicated and out of order, each to whichever instance the load balancer picks.
        var deliveries = hooks.Where(_ => random.NextDouble() >= 0.2).SelectMany(h => random.NextDouble() < 0.1 ? new[] { h, h } : [h]).OrderBy(_ => random.Next()).ToList();
        foreach (var hook in deliveries)
        {
            var result = await alive[random.Next(alive.Count)].Ingress.ReceiveAsync(source, hook);
            Assert.Equal(200, result.HttpStatusCode);
        }

        return deliveries.Count;
    }

    private static bool Settled(InProcessMarketplace marketplace, InProcessPodProvider gelato, InProcessPodProvider printful, List<Fulfillment.FulfillmentMonitor> monitors, string id) =>
        marketplace.Get(id).Status == MarketplaceOrderStatus.Shipped || monitors.Any(m => m.Surfaced.ContainsKey(id));

    private static MarketplaceOrder NewOrder(TimeProvider time, string id, string sku, string country, int quantity)
    {
        var created = time.GetUtcNow();
        return new MarketplaceOrder(
            new MarketplaceOrderRef(InProcessMarketplace.DefaultShopId, id),
            MarketplaceOrderStatus.AwaitingShipment,
            "AWAITING_SHIPMENT",
            created,
            new Address(CountryCode.Parse(country), "EH1 1YZ", "Edinburgh", ["1 High Street"]),
            [new MarketplaceLine(sku, quantity, [.. Enumerable.Range(0, quantity).Select(i => $"{id}-li{i}")])])
        {
            Recipient = new Recipient("Alex Buyer"),
            Deadlines = new OrderDeadlines(ReadyToShipBy: created.AddDays(3)),
        };
    }

    /// <summary>One instance: its own container and its own connection to the shared Redis.</summary>
    private sealed class Instance : IDisposable
    {
        private readonly ServiceProvider _services;
        private readonly ConnectionMultiplexer _connection;
        private readonly string _name;
        private readonly RedisStoreOptions _options;
        private readonly TimeProvider _time;

        public Instance(string name, string redisAddress, string prefix, TimeProvider time, IMarketplace marketplace, IPodProvider[] providers)
        {
            _name = name;
            _time = time;
            _options = new RedisStoreOptions { KeyPrefix = prefix };
            _connection = RedisServer.Connect(redisAddress);
            var services = new ServiceCollection();
            services.AddSingleton(time);
            services.AddSingleton(marketplace);
            foreach (var provider in providers)
            {
                services.AddSingleton(provider);
            }

            services.AddPodConnect(pod => pod
                .UseCatalog(Catalog)
                .UseNetwork(FacilityNetwork.BuiltInEurope)
                .Route(p => p.PreferLocal().ThenBy(RoutingCriterion.Cost))
                .UseRedis(_connection, o => o.KeyPrefix = prefix)
                .RunFulfillment(o => o.InstanceId = name));
            _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
            _services.GetRequiredService<IStartupValidator>().Validate();
        }

        public bool Killed { get; private set; }

        public Fulfillment.FulfillmentReconciler Reconciler => _services.GetRequiredService<Fulfillment.FulfillmentReconciler>();

        public Fulfillment.FulfillmentMonitor Monitor => _services.GetRequiredService<Fulfillment.FulfillmentMonitor>();

        public Webhooks.IWebhookIngress Ingress => _services.GetRequiredService<Webhooks.IWebhookIngress>();

        public IStoreHealthProbe Probe => _services.GetRequiredService<IEnumerable<IStoreHealthProbe>>().Single();

        public Task ReconnectedAsync()
        {
            var restored = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _connection.ConnectionRestored += (_, e) =>
            {
                if (e.ConnectionType == ConnectionType.Interactive)
                {
                    restored.TrySetResult();
                }
            };
            return restored.Task;
        }

        /// <summary>Takes leases as this instance would mid-step, then dies without releasing them.</summary>
        public async Task<int> DieHoldingLeasesAsync(IEnumerable<string> orderIds)
        {
            var leases = new RedisOrderLeases(new RedisStoreContext(_connection, _options, _time));
            var held = 0;
            foreach (var id in orderIds)
            {
                held += await leases.TryAcquireAsync(id, _name, _services.GetRequiredService<IOptions<Fulfillment.FulfillmentOptions>>().Value.LeaseDuration) is null ? 0 : 1;
            }

            Dispose();
            return held;
        }

        public void Dispose()
        {
            if (!Killed)
            {
                Killed = true;
                _services.Dispose();
                _connection.Dispose();
            }
        }
    }

    private static readonly IProductCatalog Catalog = ProductCatalog.Create()
        .Add("TEE-BLK-M", ProductKind.TShirt, p => p.At("gelato", "apparel_tee_black_m", new PodPrintFile("front", new Uri("https://cdn.example/tee.png"))).At("printful", "4012"))
        .Add("MUG-11", ProductKind.Mug, p => p.At("gelato", "mug_11oz").At("printful", "1320"))
        .Add("CAP-RED", ProductKind.Cap, p => p.At("printful", "7854"))
        .Build();
}
