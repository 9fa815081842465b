using PodConnect.Health;

namespace PodConnect.Core.Tests.Health;

public sealed class HealthWarningTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 12, 0, 0, TimeSpan.Zero);

    private static HealthState State(HealthMetric metric, int bad, int counted, double limit) =>
        HealthWarning.Default.StateOf(new HealthRate(metric, bad, counted, limit, Now.AddDays(-30), Now));

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    [InlineData(24)] // one late dispatch would be 4.0%: no headroom, yet nothing has gone wrong
    [InlineData(5_000)]
    public void A_shop_without_a_bad_outcome_is_Healthy_whatever_its_volume(int counted)
    {
        Assert.Equal(HealthState.Healthy, State(HealthMetric.LateDispatch, 0, counted, 0.04));
        Assert.Equal(HealthState.Healthy, State(HealthMetric.ValidTracking, 0, counted, 0.95));
    }

    [Theory]
    [InlineData(1, 20, HealthState.Over)]     // 5%: past 4%
    [InlineData(1, 25, HealthState.Near)]     // 4.0%: at the limit, no headroom
    [InlineData(1, 30, HealthState.Near)]     // 3.3%: ≥ 75% of 4%
    [InlineData(1, 60, HealthState.Healthy)]  // 1.7%, one more late absorbed
    [InlineData(2, 60, HealthState.Near)]     // 3.3%
    public void The_first_bad_outcome_of_a_small_shop_counts_at_once(int bad, int counted, HealthState expected)
    {
        Assert.Equal(expected, State(HealthMetric.LateDispatch, bad, counted, 0.04));
    }

    [Fact]
    public void Headroom_alone_makes_a_metric_with_a_bad_outcome_Near()
    {
        // 1 late of 60 (1.7%, under 75% of 4%) absorbs one more; a warning at headroom 1 calls it Near.
        var rate = new HealthRate(HealthMetric.LateDispatch, 1, 60, 0.04, Now.AddDays(-30), Now);
        Assert.Equal(1, rate.Headroom);
        Assert.Equal(HealthState.Healthy, HealthWarning.Default.StateOf(rate));
        Assert.Equal(HealthState.Near, new HealthWarning(0.75, NearHeadroom: 1).StateOf(rate));
    }
}
