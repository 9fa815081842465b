using PodConnect.Domain;
using PodConnect.Health;

namespace PodConnect.Core.Tests.Health;

/// <summary>
/// Every metric, rate now and forecast, checked against a brute-force recount written straight from the
/// definitions on thousands of seeded random order histories (windows, exact boundaries, market splits).
/// </summary>
public sealed class ShopHealthRecountTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    private static readonly HealthRules Rules = HealthRules.Default
        .With(CountryCode.DE, HealthMetric.LateDispatch, new HealthRule(TimeSpan.FromDays(10), 0.05))
        .With(CountryCode.DE, HealthMetric.OnTimeDelivery, new HealthRule(TimeSpan.FromDays(14), 0.9))
        .With(CountryCode.GB, HealthMetric.SellerFaultCancellation, new HealthRule(TimeSpan.FromDays(20), 0.02))
        .WithTrackingScanGrace(TimeSpan.FromDays(4));

    private static readonly CountryCode[] Markets = [CountryCode.GB, CountryCode.DE];

    [Fact]
    public void Every_metric_matches_a_brute_force_recount_on_random_histories()
    {
        var random = new Random(20260302);
        var checkedCases = 0;
        for (var history = 0; history < 3_000; history++)
        {
            var records = RandomHistory(random, random.Next(0, 60));
            foreach (var market in Markets)
            {
                foreach (var metric in Enum.GetValues<HealthMetric>())
                {
                    var computed = ShopHealthCalculator.Compute(metric, records, market, Now, Rules, HealthWarning.Default);
                    var (bad, counted, forecastBad, forecastCounted) = Recount(metric, records, market);

                    Assert.Equal((bad, counted), (computed.Now.Bad, computed.Now.Counted));
                    Assert.Equal((forecastBad, forecastCounted), (computed.Forecast.Bad, computed.Forecast.Counted));
                    Assert.Equal(BruteHeadroom(forecastBad, forecastCounted, metric, computed.Rule.Limit), computed.Headroom);
                    Assert.Equal(BruteState(forecastBad, forecastCounted, metric, computed.Rule.Limit), computed.State);
                    Assert.Equal(computed.Rule, Rules.For(market, metric));
                    checkedCases++;
                }
            }
        }

        Assert.Equal(3_000 * 2 * 4, checkedCases);
    }

    /// <summary>The definitions, one order at a time, in the plainest form.</summary>
    private static (int Bad, int Counted, int ForecastBad, int ForecastCounted) Recount(HealthMetric metric, OrderHealthRecord[] records, CountryCode market)
    {
        var window = Rules.For(market, metric).Window;
        var grace = Rules.TrackingScanGrace;
        bool InWindow(DateTimeOffset t) => t > Now - window && t <= Now;
        var mine = records.Where(r => r.Market is null || r.Market == market).ToList();
        var inFlight = mine.Where(r => r.CancelledAt is null).ToList();
        switch (metric)
        {
            case HealthMetric.LateDispatch:
            {
                var done = mine.Where(r => r.DispatchBy is not null && r.DispatchedAt is not null && InWindow(r.DispatchedAt.Value)).ToList();
                var pending = inFlight.Where(r => r.DispatchBy is not null && r.DispatchedAt is null).ToList();
                var bad = done.Count(r => r.DispatchedAt > r.DispatchBy);
                var pendingBad = pending.Count(r => Now > r.DispatchBy || (r.PredictedDispatch is not null && r.PredictedDispatch > r.DispatchBy));
                return (bad, done.Count, bad + pendingBad, done.Count + pending.Count);
            }

            case HealthMetric.ValidTracking:
            {
                var done = mine.Where(r => r.DispatchedAt is not null && InWindow(r.DispatchedAt.Value)).ToList();
                bool Invalid(OrderHealthRecord r)
                {
                    var firstScan = r.CollectedAt ?? r.DeliveredAt;
                    var graceEnds = r.DispatchedAt!.Value + grace;
                    return firstScan is null ? Now > graceEnds : firstScan > graceEnds;
                }

                var bad = done.Count(Invalid);
                var likelyInvalid = done.Count(r => !Invalid(r) && r.CollectedAt is null && r.DeliveredAt is null && Now > r.DispatchedAt!.Value + (grace / 2));
                var pending = inFlight.Count(r => r.DispatchedAt is null);
                return (bad, done.Count, bad + likelyInvalid, done.Count + pending);
            }

            case HealthMetric.OnTimeDelivery:
            {
                var done = mine.Where(r => r.DeliverBy is not null && r.DeliveredAt is not null && InWindow(r.DeliveredAt.Value)).ToList();
                var pending = inFlight.Where(r => r.DeliverBy is not null && r.DeliveredAt is null).ToList();
                var bad = done.Count(r => r.DeliveredAt > r.DeliverBy);
                var pendingBad = pending.Count(r => Now > r.DeliverBy || (r.PredictedDelivery is not null && r.PredictedDelivery > r.DeliverBy));
                return (bad, done.Count, bad + pendingBad, done.Count + pending.Count);
            }

            default:
            {
                var created = mine.Where(r => InWindow(r.CreatedAt)).ToList();
                var bad = created.Count(r => r.CancelledAt is not null && r.SellerFault == true);
                var autoCancelSoon = created.Count(r => r.CancelledAt is null && r.DispatchedAt is null && r.ShippingDue is not null
                    && (Now > r.ShippingDue || (r.PredictedDispatch is not null && r.PredictedDispatch > r.ShippingDue)));
                return (bad, created.Count, bad + autoCancelSoon, created.Count);
            }
        }
    }

    /// <summary>Headroom by trying k = 0, 1, 2… until one more bad outcome would cross the limit.</summary>
    /// <summary>Over past the limit; Near with a bad outcome at 75% of the allowed share or no headroom left; else Healthy.</summary>
    private static HealthState BruteState(int bad, int counted, HealthMetric metric, double limit)
    {
        var maxBad = HealthRules.HigherIsBetter(metric) ? 1m - (decimal)limit : (decimal)limit;
        if (bad > maxBad * counted)
        {
            return HealthState.Over;
        }

        return bad > 0 && (bad >= 0.75m * maxBad * counted || BruteHeadroom(bad, counted, metric, limit) == 0) ? HealthState.Near : HealthState.Healthy;
    }

    private static int BruteHeadroom(int bad, int counted, HealthMetric metric, double limit)
    {
        var maxBad = HealthRules.HigherIsBetter(metric) ? 1m - (decimal)limit : (decimal)limit;
        if (bad > maxBad * counted)
        {
            return 0;
        }

        var k = 0;
        while (bad + k + 1 <= maxBad * (counted + k + 1))
        {
            k++;
        }

        return k;
    }

    private static OrderHealthRecord[] RandomHistory(Random random, int count)
    {
        var records = new OrderHealthRecord[count];
        for (var i = 0; i < count; i++)
        {
            var created = Instant(random, 45);
            var dispatchBy = created.AddDays(2);
            DateTimeOffset? dispatched = random.Next(3) > 0 ? created.AddHours(random.Next(0, 96)) : null;
            DateTimeOffset? collected = dispatched is { } d && random.Next(4) > 0 ? d.AddHours(random.Next(0, 8 * 24)) : null;
            DateTimeOffset? delivered = collected is { } c && random.Next(3) > 0 ? c.AddHours(random.Next(0, 7 * 24)) : null;
            var cancelled = dispatched is null && random.Next(4) == 0;
            records[i] = new OrderHealthRecord("shop-1", "o" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), created)
            {
                Market = random.Next(5) switch { 0 => null, 1 or 2 => CountryCode.GB, _ => CountryCode.DE },
                DispatchBy = random.Next(10) == 0 ? null : Boundary(random, dispatchBy, dispatched),
                DispatchedAt = dispatched is { } x && x <= Now ? x : null,
                CollectedAt = collected is { } y && y <= Now ? y : null,
                DeliverBy = random.Next(4) == 0 ? null : Boundary(random, created.AddDays(7), delivered),
                DeliveredAt = delivered is { } z && z <= Now ? z : null,
                ShippingDue = random.Next(3) == 0 ? null : created.AddDays(random.Next(2, 6)),
                CancelledAt = cancelled ? created.AddHours(random.Next(1, 72)) : null,
                SellerFault = cancelled ? random.Next(2) == 0 : null,
                PredictedDispatch = random.Next(2) == 0 ? Now.AddHours(random.Next(-24, 96)) : null,
                PredictedDelivery = random.Next(2) == 0 ? Now.AddHours(random.Next(0, 10 * 24)) : null,
            };
        }

        return records;
    }

    /// <summary>Instants on an hourly grid, sometimes exactly on a window edge.</summary>
    private static DateTimeOffset Instant(Random random, int days) => random.Next(8) switch
    {
        0 => Now.AddDays(-30),
        1 => Now.AddDays(-10),
        2 => Now.AddDays(-7),
        _ => Now.AddHours(-random.Next(0, days * 24)),
    };

    /// <summary>A deadline that is sometimes exactly the outcome's instant (on time by definition).</summary>
    private static DateTimeOffset Boundary(Random random, DateTimeOffset deadline, DateTimeOffset? outcome) =>
        outcome is { } o && random.Next(5) == 0 ? o : deadline;
}
