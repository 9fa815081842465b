using PodConnect.Marketplaces;
using PodConnect.Providers;
using PodConnect.Stores;

namespace PodConnect.Fulfillment;

/// <summary>
/// What one instance remembers about an order between passes. Only a cache: losing it (a restart) costs
/// reads, never correctness. Touched only inside a pass, by one worker at a time.
/// </summary>
internal sealed class TrackedOrder(MarketplaceOrderRef reference)
{
    public MarketplaceOrderRef Reference { get; set; } = reference;

    /// <summary>The last read of the marketplace order.</summary>
    public MarketplaceOrder? Snapshot { get; set; }

    /// <summary>The marketplace order must be read again before acting (a webhook, or a step whose outcome is unknown).</summary>
    public bool Stale { get; set; }

    /// <summary>The provider order read in this pass, if any (saves a second read).</summary>
    public PodOrder? ProviderSnapshot { get; set; }

    /// <summary>The provider said something (webhook): read the provider order now rather than at the next check.</summary>
    public bool ProviderHinted { get; set; }

    public PlacedOrder? Placement { get; set; }

    /// <summary>When to read the provider order next without a webhook: the predicted dispatch, then every check interval.</summary>
    public DateTimeOffset ProviderCheckAt { get; set; } = DateTimeOffset.MinValue;

    public DateTimeOffset DueAt { get; set; }

    /// <summary>Nothing left to do unless the marketplace order changes.</summary>
    public bool Finished { get; set; }

    public int Failures { get; set; }

    /// <summary>The marketplace link and the providers were searched for this order (it predates the index).</summary>
    public bool Rediscovered { get; set; }

    public bool LateRiskRaised { get; set; }

    /// <summary>The marketplace answered a seller cancellation for it (asked once per instance).</summary>
    public bool CancelAnswered { get; set; }
}
