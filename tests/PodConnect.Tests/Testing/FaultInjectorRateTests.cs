using PodConnect.Testing.Common;

namespace PodConnect.Tests.Testing;

/// <summary>The fakes' one fault mechanism, failing calls at a seeded rate (what <c>podconnect demo --faults</c> uses).</summary>
public sealed class FaultInjectorRateTests
{
    private static readonly Fault[] Mix = [Fault.ServerError(503), Fault.RateLimited(TimeSpan.Zero), Fault.DropConnection()];

    [Fact]
    public void About_the_rate_of_requests_fail_with_faults_from_the_mix_and_Taken_counts_them()
    {
        var faults = new FaultInjector();
        faults.FailAtRate(0.1, Mix, seed: 5);

        var taken = Enumerable.Range(0, 10_000).Select(_ => faults.TryTake("GET", "/orders")).Where(f => f is not null).ToList();

        Assert.InRange(taken.Count, 900, 1_100);
        Assert.Equal(taken.Count, faults.Taken);
        Assert.All(taken, f => Assert.Contains(f, Mix));
        Assert.Equal(Mix.Length, taken.Distinct().Count());
    }

    [Fact]
    public void The_same_seed_fails_the_same_requests()
    {
        static List<int> Failed(int seed)
        {
            var faults = new FaultInjector();
            faults.FailAtRate(0.2, Mix, seed);
            return [.. Enumerable.Range(0, 500).Where(_ => faults.TryTake("POST", "/v4/orders") is not null)];
        }

        Assert.Equal(Failed(9), Failed(9));
        Assert.NotEqual(Failed(9), Failed(10));
    }

    [Fact]
    public void Queued_faults_come_first_and_rate_zero_or_Clear_stops_the_draws()
    {
        var faults = new FaultInjector();
        faults.FailAtRate(1, [Fault.ServerError(500)]);
        faults.Add(Fault.ServerError(418), "/", times: 1);

        Assert.Equal(Fault.ServerError(418), faults.TryTake("GET", "/a"));
        Assert.Equal(Fault.ServerError(500), faults.TryTake("GET", "/a"));

        faults.FailAtRate(0, []);
        Assert.Null(faults.TryTake("GET", "/a"));

        faults.FailAtRate(1, [Fault.ServerError(500)]);
        faults.Clear();
        Assert.Null(faults.TryTake("GET", "/a"));
        Assert.Equal(2, faults.Taken);
    }

    [Fact]
    public void A_rate_outside_0_to_1_or_no_faults_to_draw_from_is_refused()
    {
        var faults = new FaultInjector();

        Assert.Throws<ArgumentOutOfRangeException>(() => faults.FailAtRate(1.5, Mix));
        Assert.Throws<ArgumentOutOfRangeException>(() => faults.FailAtRate(-0.1, Mix));
        Assert.Throws<ArgumentException>(() => faults.FailAtRate(0.5, []));
    }
}
