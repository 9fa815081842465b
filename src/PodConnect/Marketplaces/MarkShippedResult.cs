namespace PodConnect.Marketplaces;

/// <summary>The outcome of marking an order shipped, with the marketplace's code and message when it refused.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="Code">The marketplace's error code, when it refused.</param>
/// <param name="Message">The marketplace's message, when it refused.</param>
public sealed record MarkShippedResult(MarkShippedStatus Status, string? Code = null, string? Message = null)
{
    /// <summary>Whether the order is now shipped on the marketplace (<see cref="MarkShippedStatus.Shipped"/> or <see cref="MarkShippedStatus.AlreadyShipped"/>).</summary>
    public bool IsShipped => Status is MarkShippedStatus.Shipped or MarkShippedStatus.AlreadyShipped;
}
