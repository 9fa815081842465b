using Microsoft.Extensions.Time.Testing;
using PodConnect.Stores;
using Xunit;

namespace PodConnect.Testing.Contracts;

/// <summary>The contract every <see cref="ICapacityCounters"/> must keep. Derive a class and override <see cref="CreateCounters"/>.</summary>
public abstract class CapacityCountersContract
{
    /// <summary>The clock the tests drive.</summary>
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    /// <summary>Creates empty counters; each call gives independent ones.</summary>
    protected abstract ICapacityCounters CreateCounters(TimeProvider time);

    private static string NewFacility() => "facility-" + Guid.NewGuid().ToString("N")[..8];

    private static readonly DateOnly Day = new(2026, 3, 3);

    /// <summary>Units are booked while they fit and refused once they would pass capacity.</summary>
    [Fact]
    public async Task Books_within_capacity_and_refuses_beyond_it()
    {
        var counters = CreateCounters(Time);
        var f = NewFacility();

        Assert.Equal(new CapacityReservation(true, 3), await counters.TryReserveAsync(f, Day, 3, capacity: 5));
        Assert.Equal(new CapacityReservation(true, 5), await counters.TryReserveAsync(f, Day, 2, capacity: 5));
        Assert.Equal(new CapacityReservation(false, 5), await counters.TryReserveAsync(f, Day, 1, capacity: 5));
        Assert.Equal(5, await counters.GetBookedAsync(f, Day));
    }

    /// <summary>Days and facilities are counted apart.</summary>
    [Fact]
    public async Task Days_and_facilities_are_separate()
    {
        var counters = CreateCounters(Time);
        var a = NewFacility();
        var b = NewFacility();
        await counters.TryReserveAsync(a, Day, 4, capacity: 4);

        Assert.True((await counters.TryReserveAsync(a, Day.AddDays(1), 4, capacity: 4)).Reserved);
        Assert.True((await counters.TryReserveAsync(b, Day, 4, capacity: 4)).Reserved);
        Assert.Equal(0, await counters.GetBookedAsync(b, Day.AddDays(2)));
    }

    /// <summary>Concurrent reservations never overbook: exactly capacity units are granted.</summary>
    [Fact]
    public async Task Concurrent_reservations_never_overbook()
    {
        var counters = CreateCounters(Time);
        var f = NewFacility();
        var results = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(async () => await counters.TryReserveAsync(f, Day, 1, capacity: 20))));

        Assert.Equal(20, results.Count(r => r.Reserved));
        Assert.Equal(20, await counters.GetBookedAsync(f, Day));
    }

    /// <summary>Released units can be booked again; releasing more than booked stops at zero.</summary>
    [Fact]
    public async Task Released_units_are_free_again_and_never_negative()
    {
        var counters = CreateCounters(Time);
        var f = NewFacility();
        await counters.TryReserveAsync(f, Day, 5, capacity: 5);

        await counters.ReleaseAsync(f, Day, 2);
        Assert.True((await counters.TryReserveAsync(f, Day, 2, capacity: 5)).Reserved);

        await counters.ReleaseAsync(f, Day, 50);
        Assert.Equal(0, await counters.GetBookedAsync(f, Day));
        await counters.ReleaseAsync(NewFacility(), Day, 1);
    }
}
