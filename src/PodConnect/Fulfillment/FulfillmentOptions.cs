namespace PodConnect.Fulfillment;

/// <summary>
/// Settings of the fulfilment loop (bind from a configuration section such as <c>PodConnect:Fulfillment</c>).
/// Validated at start-up; an invalid value fails the host with a message naming the setting.
/// </summary>
public sealed class FulfillmentOptions
{
    /// <summary>
    /// How long a new order is held before it is placed, because the buyer may cancel in the first hour
    /// (TikTok's UK/US <c>ON_HOLD</c> window, and its advice to wait an hour even when an order skipped it).
    /// Never held past the point where the hold itself would make the order late. Default 1 hour; zero disables.
    /// </summary>
    public TimeSpan HoldWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often the marketplace is polled for changed orders, the safety net under webhooks. Default 5 minutes.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How often the providers' stock APIs (each registered <see cref="Providers.IPodStockSource"/>: Printful's catalog
    /// availability, Gelato's stock regions) are read into the availability that routing and the inventory guard use,
    /// at the start of a loop pass. Default 15 minutes (Printful refreshes its own stock feed every 5; one read per
    /// catalogued product per poll stays well inside its 120 requests a minute). Zero turns polling off (webhooks only).
    /// </summary>
    public TimeSpan StockPollInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How far each poll window reaches back before the previous poll's start, so no change slips between polls. Default 10 minutes.</summary>
    public TimeSpan PollOverlap { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How far the first poll after a start reaches back, to rediscover orders in flight. Default 7 days.</summary>
    public TimeSpan InitialLookback { get; set; } = TimeSpan.FromDays(7);

    /// <summary>After the predicted dispatch, how often a placed order that has not shipped is read back from its provider (webhooks usually come first). Default 2 hours.</summary>
    public TimeSpan ProviderCheckInterval { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How often an order held by the marketplace (on hold, cancellation requested) is looked at again without a webhook. Default 15 minutes.</summary>
    public TimeSpan HoldRecheckInterval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The first wait after a failed step; doubles per consecutive failure up to <see cref="MaxRetryDelay"/>. Default 1 minute.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The longest wait between attempts of a failing step. Default 30 minutes.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>An order whose predicted dispatch is within this of its deadline (or past it) raises a late-risk event. Default 4 hours.</summary>
    public TimeSpan LateRiskMargin { get; set; } = TimeSpan.FromHours(4);

    /// <summary>How many orders are worked on at once (each still one step at a time). Default 8.</summary>
    public int MaxParallelism { get; set; } = 8;

    /// <summary>How long one worker may hold an order before another may take over. Default 2 minutes.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long webhook deliveries are remembered for de-duplication (longer than TikTok's retries, the last ~12 h after the first). Default 3 days.</summary>
    public TimeSpan WebhookRetention { get; set; } = TimeSpan.FromDays(3);

    /// <summary>
    /// Provider carrier name → the marketplace's carrier id, for carriers the name match gets wrong or
    /// cannot find (e.g. <c>"DHL Parcel": "6617675021119438849"</c>). Keys match case-insensitively.
    /// </summary>
    public Dictionary<string, string> CarrierOverrides { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Surfaced reasons for which the loop also cancels the order on the marketplace as the seller, with the
    /// cancel reason to give (e.g. <c>Unroutable → CannotDeliverToAddress</c>). Empty by default: a seller
    /// cancellation counts against the shop's seller-fault cancellation rate (TikTok: at most 2.5%), and a
    /// surfaced order can often still be saved by a person. Only reasons where nothing is in production
    /// qualify (unknown SKU, no provider, unroutable, split, missing recipient, provider rejected or failed);
    /// needs a marketplace that implements <see cref="Marketplaces.IMarketplaceCancellation"/>.
    /// </summary>
    public Dictionary<SurfaceReason, Marketplaces.MarketplaceCancelReason> CancelOnMarketplace { get; } = [];

    /// <summary>This instance's name in leases (default: machine name and process id).</summary>
    public string? InstanceId { get; set; }
}
