using System.Runtime.CompilerServices;
using System.Collections.Concurrent;

namespace PodConnect.Stores;

/// <summary>The default <see cref="ICapacityCounters"/>: one process's memory.</summary>
public sealed class InMemoryCapacityCounters : ICapacityCounters
{
    private readonly ConcurrentDictionary<(string Facility, DateOnly Day), StrongBox<int>> _booked = new();

    /// <inheritdoc />
    public ValueTask<CapacityReservation> TryReserveAsync(string facilityId, DateOnly day, int units, int capacity, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(facilityId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(units);
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        var cell = _booked.GetOrAdd((facilityId, day), _ => new StrongBox<int>());
        while (true)
        {
            var booked = Volatile.Read(ref cell.Value);
            if (booked + (long)units > capacity)
            {
                return ValueTask.FromResult(new CapacityReservation(false, booked));
            }

            if (Interlocked.CompareExchange(ref cell.Value, booked + units, booked) == booked)
            {
                return ValueTask.FromResult(new CapacityReservation(true, booked + units));
            }
        }
    }

    /// <inheritdoc />
    public ValueTask ReleaseAsync(string facilityId, DateOnly day, int units, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(facilityId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(units);
        if (_booked.TryGetValue((facilityId, day), out var cell))
        {
            while (true)
            {
                var booked = Volatile.Read(ref cell.Value);
                if (Interlocked.CompareExchange(ref cell.Value, Math.Max(0, booked - units), booked) == booked)
                {
                    break;
                }
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<int> GetBookedAsync(string facilityId, DateOnly day, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(facilityId);
        return ValueTask.FromResult(_booked.TryGetValue((facilityId, day), out var cell) ? Volatile.Read(ref cell.Value) : 0);
    }
}
