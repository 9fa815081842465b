using PodConnect.Dispatch;

namespace PodConnect.Core.Tests.Dispatch;

public class DispatchLedgerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Counts_late_and_on_time_dispatches_in_the_window()
    {
        var ledger = new DispatchLedger();
        ledger.Record("on-time", Now.AddDays(-2), Now.AddDays(-3));
        ledger.Record("exactly-at-deadline", Now.AddDays(-2), Now.AddDays(-2));
        ledger.Record("late", Now.AddDays(-5), Now.AddDays(-4));
        var rate = ledger.RateAt(Now);
        Assert.Equal(1, rate.Late);
        Assert.Equal(3, rate.Dispatched);
        Assert.Equal(1.0 / 3, rate.Rate, 10);
    }

    [Fact]
    public void Recording_the_same_order_again_replaces_it()
    {
        var ledger = new DispatchLedger();
        ledger.Record("A", Now.AddDays(-2), Now.AddDays(-1)); // late
        ledger.Record("A", Now.AddDays(-2), Now.AddDays(-3)); // corrected: on time
        ledger.Record("A", Now.AddDays(-2), Now.AddDays(-3)); // replayed
        var rate = ledger.RateAt(Now);
        Assert.Equal(1, ledger.Count);
        Assert.Equal(0, rate.Late);
        Assert.Equal(1, rate.Dispatched);
    }

    [Fact]
    public void Window_is_open_at_the_start_and_closed_at_the_end()
    {
        var ledger = new DispatchLedger(TimeSpan.FromDays(30));
        ledger.Record("at-start", Now.AddDays(-40), Now.AddDays(-30)); // excluded
        ledger.Record("just-after-start", Now.AddDays(-40), Now.AddDays(-30).AddTicks(1));
        ledger.Record("at-end", Now.AddDays(-40), Now);
        ledger.Record("future", Now.AddDays(-40), Now.AddTicks(1)); // excluded
        var rate = ledger.RateAt(Now);
        Assert.Equal(2, rate.Dispatched);
        Assert.Equal(2, rate.Late);
        Assert.Equal(Now.AddDays(-30), rate.WindowStart);
    }

    [Fact]
    public void Empty_window_has_zero_rate() => Assert.Equal(0, new DispatchLedger().RateAt(Now).Rate);

    [Theory]
    [InlineData(5, 160, 0.04, 1)]   // (5+1)/161 = 3.7% ≤ 4%, (5+2)/162 = 4.3% > 4%
    [InlineData(0, 100, 0.04, 4)]   // 4/104 = 3.8%, 5/105 = 4.8%
    [InlineData(4, 100, 0.04, 0)]   // exactly at the threshold
    [InlineData(10, 100, 0.04, 0)]  // over
    [InlineData(0, 0, 0.04, 0)]
    [InlineData(0, 24, 0.04, 1)]    // 1/25 = 4% exactly is allowed
    [InlineData(0, 3000, 0.04, 125)]
    public void Headroom_is_the_largest_k_that_stays_under_the_threshold(int late, int dispatched, double threshold, int expected) =>
        Assert.Equal(expected, LateDispatchRate.HeadroomFor(late, dispatched, threshold));

    [Fact]
    public void Headroom_matches_brute_force_property()
    {
        var random = new Random(4);
        for (var i = 0; i < 2_000; i++)
        {
            var dispatched = random.Next(0, 5_000);
            var late = random.Next(0, Math.Min(dispatched, 300) + 1);
            var threshold = random.Next(1, 200) / 1000.0;
            var k = LateDispatchRate.HeadroomFor(late, dispatched, threshold);
            var t = (decimal)threshold;
            Assert.True(k == 0 || (decimal)(late + k) <= t * (dispatched + k), $"k={k} breaks the threshold for {late}/{dispatched}@{threshold}");
            Assert.True((decimal)(late + k + 1) > t * (dispatched + k + 1) || (k == 0 && late > t * dispatched), $"k={k} is not the largest for {late}/{dispatched}@{threshold}");
        }
    }

    [Fact]
    public void Forecast_adds_in_flight_orders_by_their_predicted_dispatch()
    {
        var ledger = new DispatchLedger();
        for (var i = 0; i < 96; i++)
        {
            ledger.Record($"done-{i}", Now, Now.AddHours(-i));
        }

        var inFlight = new[]
        {
            new InFlightDispatch("f1", Now.AddDays(1), Now.AddHours(20)),
            new InFlightDispatch("f2", Now.AddDays(1), Now.AddHours(30)), // predicted late
            new InFlightDispatch("f2", Now.AddDays(1), Now.AddHours(30)), // duplicate: once
            new InFlightDispatch("done-0", Now.AddDays(1), Now.AddDays(2)), // already dispatched: as recorded
        };
        var forecast = ledger.Forecast(inFlight);
        Assert.Equal(Now.AddDays(2), forecast.WindowEnd);
        Assert.Equal(98, forecast.Dispatched);
        Assert.Equal(1, forecast.Late);
        Assert.Equal(0, ledger.RateAt(Now).Late);
    }

    [Fact]
    public void Forecast_with_nothing_in_flight_needs_an_instant()
    {
        var ledger = new DispatchLedger();
        Assert.Throws<ArgumentException>(() => ledger.Forecast([]));
        Assert.Equal(0, ledger.Forecast([], Now).Dispatched);
    }

    [Fact]
    public void Exceeds_threshold_flags_the_shop()
    {
        var ledger = new DispatchLedger(threshold: 0.04);
        for (var i = 0; i < 20; i++)
        {
            ledger.Record($"o{i}", Now.AddDays(-1), i == 0 ? Now : Now.AddDays(-2));
        }

        var rate = ledger.RateAt(Now);
        Assert.True(rate.ExceedsThreshold);
        Assert.Equal(0, rate.Headroom);
    }

    [Fact]
    public void Prune_forgets_old_dispatches()
    {
        var ledger = new DispatchLedger();
        ledger.Record("old", Now.AddDays(-60), Now.AddDays(-50));
        ledger.Record("new", Now.AddDays(-2), Now.AddDays(-1));
        Assert.Equal(1, ledger.Prune(Now.AddDays(-30)));
        Assert.Null(ledger.Find("old"));
        Assert.NotNull(ledger.Find("new"));
    }

    [Fact]
    public void Bad_settings_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DispatchLedger(TimeSpan.Zero));
        Assert.Throws<ArgumentOutOfRangeException>(() => new DispatchLedger(threshold: 1.5));
        Assert.Throws<ArgumentException>(() => new DispatchRecord("", Now, Now));
    }

    [Fact]
    public void Concurrent_recording_never_double_counts()
    {
        var ledger = new DispatchLedger();
        Parallel.For(0, 10_000, i => ledger.Record($"o{i % 1_000}", Now, Now.AddMinutes(-(i % 1_000))));
        Assert.Equal(1_000, ledger.RateAt(Now).Dispatched);
    }
}
