namespace PodConnect.Routing;

/// <summary>
/// Where the router learns which providers and facilities cannot take work right now: stock-outs per
/// provider, facility, product kind or SKU, and closures (outages, temporary capacity plans). The hub
/// implements it from webhooks and stock APIs; Core only reads the <see cref="Current"/> snapshot,
/// which is pure data, so routing stays deterministic and free of I/O.
/// </summary>
public interface IProviderAvailability
{
    /// <summary>The availability known now. Read once per routing call; must be cheap and must not block.</summary>
    AvailabilitySnapshot Current { get; }
}
