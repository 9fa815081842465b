namespace PodConnect.Stores;

/// <summary>The answer to a capacity reservation.</summary>
/// <param name="Reserved">Whether the units fitted and were booked.</param>
/// <param name="Booked">Units booked on that facility and day after the call (including these when reserved).</param>
public readonly record struct CapacityReservation(bool Reserved, int Booked);
