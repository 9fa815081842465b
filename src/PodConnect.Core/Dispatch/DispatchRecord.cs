namespace PodConnect.Dispatch;

/// <summary>One dispatched order: when it had to be ready to ship, and when it was.</summary>
public readonly record struct DispatchRecord
{
    /// <summary>Creates a record.</summary>
    /// <exception cref="ArgumentException">The order id is empty.</exception>
    public DispatchRecord(string orderId, DateTimeOffset deadline, DateTimeOffset dispatchedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        OrderId = orderId;
        Deadline = deadline;
        DispatchedAt = dispatchedAt;
    }

    /// <summary>The marketplace order id.</summary>
    public string OrderId { get; }

    /// <summary>The dispatch deadline.</summary>
    public DateTimeOffset Deadline { get; }

    /// <summary>When it was dispatched (ready to ship with valid tracking).</summary>
    public DateTimeOffset DispatchedAt { get; }

    /// <summary>Dispatched after the deadline. Dispatch exactly at the deadline is on time.</summary>
    public bool IsLate => DispatchedAt > Deadline;
}
