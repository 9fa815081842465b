using PodConnect.Domain;
using PodConnect.Health;

namespace PodConnect.Core.Tests.Health;

public sealed class ShopHealthCalculatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    private static OrderHealthRecord Order(int i, DateTimeOffset? created = null) =>
        new("shop-1", "o" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), created ?? Now.AddDays(-5)) { Market = CountryCode.GB };

    private static MetricHealth Compute(HealthMetric metric, params OrderHealthRecord[] records) =>
        ShopHealthCalculator.Compute(metric, records, CountryCode.GB, Now, HealthRules.Default, HealthWarning.Default);

    [Fact]
    public void Late_dispatch_counts_dispatches_in_the_window_and_forecasts_orders_already_past_their_deadline()
    {
        // 5 late of 160 dispatched (3.1%): one more late dispatch is absorbed, as in the LDR guide.
        var records = Enumerable.Range(0, 160).Select(i => Order(i) with
        {
            DispatchBy = Now.AddDays(-3),
            DispatchedAt = i < 5 ? Now.AddDays(-2) : Now.AddDays(-4),
        }).ToList();
        var now = Compute(HealthMetric.LateDispatch, [.. records]);
        Assert.Equal((5, 160, 1), (now.Now.Bad, now.Now.Counted, now.Headroom));
        Assert.Equal(HealthState.Near, now.State); // 3.1% ≥ 75% of 4%

        // Two orders in flight whose deadline has passed: the forecast crosses 4%.
        records.Add(Order(900) with { DispatchBy = Now.AddHours(-1) });
        records.Add(Order(901) with { DispatchBy = Now.AddDays(1), PredictedDispatch = Now.AddDays(2) });
        var forecast = Compute(HealthMetric.LateDispatch, [.. records]);
        Assert.Equal((5, 160), (forecast.Now.Bad, forecast.Now.Counted));
        Assert.Equal((7, 162), (forecast.Forecast.Bad, forecast.Forecast.Counted));
        Assert.Equal(0, forecast.Headroom);
        Assert.Equal(HealthState.Over, forecast.State);
    }

    [Fact]
    public void Dispatch_exactly_at_the_deadline_is_on_time_and_the_window_excludes_its_start()
    {
        var atDeadline = Order(1) with { DispatchBy = Now.AddDays(-1), DispatchedAt = Now.AddDays(-1) };
        var atWindowStart = Order(2) with { DispatchBy = Now.AddDays(-40), DispatchedAt = Now.AddDays(-30) };

        var rate = Compute(HealthMetric.LateDispatch, atDeadline, atWindowStart).Now;

        Assert.Equal((0, 1), (rate.Bad, rate.Counted));
    }

    [Fact]
    public void Tracking_is_valid_once_a_carrier_scans_it_within_the_grace()
    {
        var scanned = Order(1) with { DispatchedAt = Now.AddDays(-10), CollectedAt = Now.AddDays(-9) };
        var scannedLate = Order(2) with { DispatchedAt = Now.AddDays(-20), CollectedAt = Now.AddDays(-12) };
        var neverScanned = Order(3) with { DispatchedAt = Now.AddDays(-8) };
        var waiting = Order(4) with { DispatchedAt = Now.AddDays(-1) };
        var waitingLong = Order(5) with { DispatchedAt = Now.AddDays(-5) };

        var vtr = Compute(HealthMetric.ValidTracking, scanned, scannedLate, neverScanned, waiting, waitingLong);

        Assert.Equal((2, 5), (vtr.Now.Bad, vtr.Now.Counted));
        Assert.Equal(0.6, vtr.Now.Value, 10); // TikTok shows VTR as the valid share
        Assert.Equal(3, vtr.Forecast.Bad); // 5 days without a scan is past half the 7-day grace
        Assert.Equal(HealthState.Over, vtr.State);
    }

    [Fact]
    public void On_time_delivery_counts_deliveries_of_the_last_seven_days_against_delivery_sla_time()
    {
        var onTime = Order(1) with { DeliverBy = Now.AddDays(-1), DeliveredAt = Now.AddDays(-2) };
        var late = Order(2) with { DeliverBy = Now.AddDays(-3), DeliveredAt = Now.AddDays(-2) };
        var tooOld = Order(3) with { DeliverBy = Now.AddDays(-9), DeliveredAt = Now.AddDays(-8) };
        var noPromise = Order(4) with { DeliveredAt = Now.AddDays(-1) };
        var overdue = Order(5) with { DeliverBy = Now.AddHours(-1), DispatchedAt = Now.AddDays(-4) };

        var otdr = Compute(HealthMetric.OnTimeDelivery, onTime, late, tooOld, noPromise, overdue);

        Assert.Equal((1, 2), (otdr.Now.Bad, otdr.Now.Counted));
        Assert.Equal((2, 3), (otdr.Forecast.Bad, otdr.Forecast.Counted));
    }

    [Fact]
    public void Seller_fault_cancellations_count_against_all_orders_created_in_the_window()
    {
        var records = Enumerable.Range(0, 40).Select(i => Order(i)).ToList();
        records[0] = records[0] with { CancelledAt = Now.AddDays(-4), SellerFault = true };
        records[1] = records[1] with { CancelledAt = Now.AddDays(-4), SellerFault = false }; // the buyer's
        records[2] = records[2] with { ShippingDue = Now.AddHours(-2) }; // TikTok auto-cancels it

        var sfcr = Compute(HealthMetric.SellerFaultCancellation, [.. records]);

        Assert.Equal((1, 40), (sfcr.Now.Bad, sfcr.Now.Counted));
        Assert.Equal((2, 40), (sfcr.Forecast.Bad, sfcr.Forecast.Counted));
        Assert.True(sfcr.Forecast.ExceedsLimit); // 5% > 2.5%
    }

    [Fact]
    public void Each_market_is_judged_by_its_own_rule_and_records_of_another_market_do_not_count()
    {
        var rules = HealthRules.Default.With(CountryCode.DE, HealthMetric.LateDispatch, new HealthRule(TimeSpan.FromDays(2), 0.1));
        OrderHealthRecord[] records =
        [
            Order(1) with { Market = CountryCode.DE, DispatchBy = Now.AddDays(-5), DispatchedAt = Now.AddDays(-4) },
            Order(2) with { Market = CountryCode.DE, DispatchBy = Now.AddDays(-2), DispatchedAt = Now.AddDays(-1) },
            Order(3) with { Market = CountryCode.GB, DispatchBy = Now.AddDays(-2), DispatchedAt = Now.AddDays(-1) },
        ];

        var de = ShopHealthCalculator.Compute(HealthMetric.LateDispatch, records, CountryCode.DE, Now, rules, HealthWarning.Default);
        var gb = ShopHealthCalculator.Compute(HealthMetric.LateDispatch, records, CountryCode.GB, Now, rules, HealthWarning.Default);

        Assert.Equal((1, 1, 0.1), (de.Now.Bad, de.Now.Counted, de.Rule.Limit));
        Assert.Equal((1, 1, 0.04), (gb.Now.Bad, gb.Now.Counted, gb.Rule.Limit));
    }

    [Fact]
    public void Headroom_is_exact_for_higher_is_better_metrics()
    {
        // VTR ≥ 95%: 1 invalid of 40 (97.5%) absorbs 1 more (2 of 41 = 95.1%), not 2 (3 of 42 = 92.9%).
        Assert.Equal(1, new HealthRate(HealthMetric.ValidTracking, 1, 40, 0.95, Now, Now).Headroom);
        // Exactly at the limit is inside it: 1 invalid of 20 is 95%.
        Assert.False(new HealthRate(HealthMetric.ValidTracking, 1, 20, 0.95, Now, Now).ExceedsLimit);
        Assert.True(new HealthRate(HealthMetric.ValidTracking, 2, 20, 0.95, Now, Now).ExceedsLimit);
    }

    [Fact]
    public void Merging_keeps_what_is_known_and_takes_what_is_new()
    {
        var placed = Order(1) with { DispatchBy = Now, PredictedDispatch = Now.AddHours(-3) };
        var shipped = Order(1) with { DispatchedAt = Now.AddHours(-2) };

        var merged = placed.Merge(shipped);

        Assert.Equal((Now, Now.AddHours(-2), Now.AddHours(-3)), (merged.DispatchBy, merged.DispatchedAt, merged.PredictedDispatch));
        Assert.Throws<ArgumentException>(() => placed.Merge(Order(2)));
    }

    [Theory]
    [InlineData("SELLER", "Out of stock", true)]
    [InlineData("seller", null, true)]
    [InlineData("SYSTEM", "system_cancel_order_reason_shipping_timeout", true)]
    [InlineData("SYSTEM", "Payment failed", false)]
    [InlineData("BUYER", "Seller is late", false)]
    [InlineData("OPERATOR", "timeout", false)]
    [InlineData(null, null, false)]
    public void Cancellations_by_the_seller_or_for_a_missed_shipping_deadline_are_the_sellers_fault(string? initiator, string? reason, bool sellerFault) =>
        Assert.Equal(sellerFault, CancellationFault.IsSellerFault(initiator, reason));

    [Fact]
    public void Default_rules_are_the_published_values()
    {
        var gb = CountryCode.GB;
        Assert.Equal((30d, 0.04), (HealthRules.Default.For(gb, HealthMetric.LateDispatch).Window.TotalDays, HealthRules.Default.For(gb, HealthMetric.LateDispatch).Limit));
        Assert.Equal(0.95, HealthRules.Default.For(gb, HealthMetric.ValidTracking).Limit);
        Assert.Equal(7d, HealthRules.Default.For(gb, HealthMetric.OnTimeDelivery).Window.TotalDays);
        Assert.Equal(0.025, HealthRules.Default.For(gb, HealthMetric.SellerFaultCancellation).Limit);
        Assert.False(HealthRules.Default.For(gb, HealthMetric.LateDispatch).Confirmed);
        Assert.Equal(TimeSpan.FromDays(30), HealthRules.Default.LongestWindow);
    }
}
