namespace PodConnect.Marketplaces;

/// <summary>How a mark-shipped call ended.</summary>
public enum MarkShippedStatus
{
    /// <summary>Marked shipped now.</summary>
    Shipped = 0,

    /// <summary>It was already shipped (an earlier attempt whose answer was lost, or another instance); treated as success.</summary>
    AlreadyShipped = 1,

    /// <summary>Not yet allowed (e.g. still in the buyer-remorse hold); try again later.</summary>
    NotYet = 2,

    /// <summary>The tracking number or carrier was refused; a person must check the parcel's data.</summary>
    TrackingRejected = 3,

    /// <summary>The order needs a person (after-sale request pending, split or combined packages, region).</summary>
    NeedsAttention = 4,
}
