using BenchmarkDotNet.Attributes;
using PodConnect.Domain;
using PodConnect.Health;

namespace PodConnect.Benchmarks.Health;

/// <summary>
/// One shop's four health metrics (rate now and forecast) over 10,000 order records — what the loop computes
/// at most once per <c>MinimumRecompute</c> during a spike — single-pass calculator vs a naive LINQ recount
/// per metric, as a shop would write it.
/// </summary>
[MemoryDiagnoser]
public class ShopHealthBenchmarks
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);
    private OrderHealthRecord[] _records = [];

    [Params(10_000)]
    public int Orders { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _records = new OrderHealthRecord[Orders];
        for (var i = 0; i < Orders; i++)
        {
            var created = Now.AddMinutes(-random.Next(0, 40 * 24 * 60));
            var shipped = random.Next(10) > 0 ? created.AddHours(random.Next(1, 60)) : (DateTimeOffset?)null;
            _records[i] = new OrderHealthRecord("shop-1", "o" + i, created)
            {
                Market = CountryCode.GB,
                DispatchBy = created.AddDays(2),
                DispatchedAt = shipped <= Now ? shipped : null,
                CollectedAt = shipped?.AddHours(random.Next(1, 48)) is { } c && c <= Now ? c : null,
                DeliverBy = created.AddDays(7),
                DeliveredAt = shipped?.AddDays(random.Next(1, 7)) is { } d && d <= Now ? d : null,
                ShippingDue = created.AddDays(3),
                CancelledAt = shipped is null && random.Next(3) == 0 ? created.AddHours(5) : null,
                SellerFault = random.Next(2) == 0,
                PredictedDispatch = created.AddDays(1),
            };
        }
    }

    [Benchmark(Baseline = true)]
    public int NaiveRecount()
    {
        var rules = HealthRules.Default;
        var total = 0;
        foreach (var metric in Enum.GetValues<HealthMetric>())
        {
            var window = rules.For(CountryCode.GB, metric).Window;
            bool InWindow(DateTimeOffset? t) => t > Now - window && t <= Now;
            var counted = metric switch
            {
                HealthMetric.LateDispatch => _records.Where(r => InWindow(r.DispatchedAt)).ToList(),
                HealthMetric.ValidTracking => _records.Where(r => InWindow(r.DispatchedAt)).ToList(),
                HealthMetric.OnTimeDelivery => _records.Where(r => InWindow(r.DeliveredAt)).ToList(),
                _ => _records.Where(r => InWindow(r.CreatedAt)).ToList(),
            };
            var bad = metric switch
            {
                HealthMetric.LateDispatch => counted.Count(r => r.DispatchedAt > r.DispatchBy),
                HealthMetric.ValidTracking => counted.Count(r => (r.CollectedAt ?? r.DeliveredAt) is { } s ? s > r.DispatchedAt + rules.TrackingScanGrace : Now > r.DispatchedAt + rules.TrackingScanGrace),
                HealthMetric.OnTimeDelivery => counted.Count(r => r.DeliveredAt > r.DeliverBy),
                _ => counted.Count(r => r.CancelledAt is not null && r.SellerFault == true),
            };
            var inFlight = _records.Where(r => r.CancelledAt is null && (metric == HealthMetric.OnTimeDelivery ? r.DeliveredAt is null : r.DispatchedAt is null)).ToList();
            total += bad + counted.Count + inFlight.Count(r => Now > r.DispatchBy || r.PredictedDispatch > r.DispatchBy);
        }

        return total;
    }

    [Benchmark]
    public int Calculator()
    {
        var total = 0;
        foreach (var metric in Enum.GetValues<HealthMetric>())
        {
            var health = ShopHealthCalculator.Compute(metric, _records, CountryCode.GB, Now, HealthRules.Default, HealthWarning.Default);
            total += health.Now.Bad + health.Forecast.Counted;
        }

        return total;
    }
}
