using PodConnect.Dispatch;
using PodConnect.Domain;
using PodConnect.Routing;
using PodConnect.Sustainability;

namespace PodConnect.Cli.Demo;

/// <summary>
/// Reads the end state of a run from where it lives: shipped and duplicated from the fakes (the remote
/// systems' own state), surfaced orders from the loop's monitor, placements and dispatches from its
/// stores, CO2e from Core's <see cref="EmissionsReport"/>.
/// </summary>
internal static class DemoSummary
{
    /// <summary>The hub the CO2e is compared against: Gelato's Berlin facility, central to the UK and EU buyers of the demo.</summary>
    public const string CentralHub = "gelato-de-berlin";

    public static async Task<DemoResult> CollectAsync(DemoSettings settings, IReadOnlyList<DemoOrder> orders, DemoFakes fakes, DemoLoop loop, DateTimeOffset end, int lateRisks, double elapsedSeconds, CancellationToken cancellationToken)
    {
        var network = FacilityNetwork.BuiltInEurope.Compile();
        var providerOrders = fakes.ProviderOrdersByTikTokId();
        var shipped = new List<(DemoOrder Order, Facility? Facility, DateTimeOffset RoutedAt)>();
        var surfaced = new List<Fulfillment.SurfacedOrder>();
        var lost = new List<string>();
        foreach (var order in orders)
        {
            if (fakes.IsShippedOnTikTok(order.Id))
            {
                var placement = await loop.Placements.FindAsync(order.Id, cancellationToken);
                var index = placement?.FacilityId is { } id ? network.IndexOf(id) : -1;
                shipped.Add((order, index >= 0 ? network.Facility(index) : null, placement?.ReservedAt ?? order.PlacedAt));
            }
            else if (loop.Monitor.Surfaced.TryGetValue(order.Id, out var s))
            {
                surfaced.Add(s);
            }
            else
            {
                lost.Add(order.Id);
            }
        }

        var dispatches = await loop.Dispatches.ReadSinceAsync(DemoSpike.Start.AddDays(-1), cancellationToken);
        var ledger = new DispatchLedger();
        foreach (var record in dispatches)
        {
            ledger.Record(record);
        }

        var ldr = ledger.RateAt(end);
        var emissions = EmissionsReport.Create(network, Reroute(network, shipped), CentralHub);
        return new DemoResult
        {
            Settings = settings,
            ElapsedSeconds = elapsedSeconds,
            SimulatedStart = DemoSpike.Start,
            SimulatedEnd = end,
            Passes = loop.Monitor.CompletedPasses,
            Buyers = orders.GroupBy(o => o.Place.Country).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            Shipped = shipped.Count,
            Surfaced = surfaced,
            Lost = lost,
            Duplicated = [.. providerOrders.Where(p => p.Value > 1).Select(p => p.Key).Order(StringComparer.Ordinal)],
            Production = [.. shipped.GroupBy(s => (Provider: s.Facility?.Provider ?? "unknown", Country: s.Facility?.Country.Value ?? "?"))
                .Select(g => new ProductionCount(g.Key.Provider, g.Key.Country, g.Count()))
                .OrderByDescending(p => p.Orders).ThenBy(p => p.Provider, StringComparer.Ordinal).ThenBy(p => p.Country, StringComparer.Ordinal)],
            LocalShare = shipped.Count == 0 ? 0 : (double)shipped.Count(s => s.Facility?.Country.Value == s.Order.Place.Country) / shipped.Count,
            Dispatched = ldr.Dispatched,
            Late = ldr.Late,
            Ldr = ldr.Rate,
            LdrThreshold = ldr.Threshold,
            LateRisks = lateRisks,
            Co2e = new Co2eSummary(emissions.Shipments.Count, emissions.TotalCo2eKg, CentralHub, emissions.CentralHubCo2eKg ?? 0, emissions.FactorSet),
            Requests = fakes.RequestCounts(),
            RequestsByOperation = fakes.RequestsByOperation(),
            MarkShippedCalls = fakes.TikTok.MarkShippedCount,
            ProviderCreateCalls = fakes.Gelato.CreateCalls + fakes.Printful.CreateCalls + fakes.Prodigi.CreateCalls + fakes.Printify.CreateCalls,
            FaultsInjected = fakes.FaultsInjected,
            StockReads = fakes.StockReads(),
        };
    }

    /// <summary>
    /// The loop keeps which facility each order went to, not the whole routing decision that
    /// <see cref="EmissionsReport"/> reads: route each shipped order again at the instant it was routed,
    /// allowed only that facility (capacity aside), which yields the same facility and shipping lane.
    /// </summary>
    private static IEnumerable<(Order Order, RoutingDecision Decision)> Reroute(CompiledNetwork network, IEnumerable<(DemoOrder Order, Facility? Facility, DateTimeOffset RoutedAt)> shipped)
    {
        var routers = new Dictionary<string, Router>(StringComparer.Ordinal);
        var all = network.Source.Facilities.Select(f => f.Id).ToArray();
        foreach (var (order, facility, routedAt) in shipped)
        {
            if (facility is null)
            {
                continue;
            }

            if (!routers.TryGetValue(facility.Id, out var router))
            {
                var others = all.Where(id => id != facility.Id).ToArray();
                router = new Router(network, RoutingPolicy.Create().ExcludeFacilities(others).IgnoreCapacity().Build());
                routers[facility.Id] = router;
            }

            var core = order.ToCoreOrder();
            yield return (core, router.Route(core, routedAt));
        }
    }
}
