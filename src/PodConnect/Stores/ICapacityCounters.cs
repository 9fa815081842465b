namespace PodConnect.Stores;

/// <summary>
/// Units booked per facility per production day, shared by every instance that routes orders, so a
/// spike never books a facility past its daily capacity. Reservations are atomic. Safe for concurrent use.
/// </summary>
public interface ICapacityCounters
{
    /// <summary>Books <paramref name="units"/> at a facility on a day if the total stays within <paramref name="capacity"/>.</summary>
    ValueTask<CapacityReservation> TryReserveAsync(string facilityId, DateOnly day, int units, int capacity, CancellationToken cancellationToken = default);

    /// <summary>Gives back units booked earlier (an order cancelled before production); never goes below zero.</summary>
    ValueTask ReleaseAsync(string facilityId, DateOnly day, int units, CancellationToken cancellationToken = default);

    /// <summary>Units booked at a facility on a day.</summary>
    ValueTask<int> GetBookedAsync(string facilityId, DateOnly day, CancellationToken cancellationToken = default);
}
