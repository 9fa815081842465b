using PodConnect.Domain;

namespace PodConnect.Inventory;

/// <summary>Settings of the inventory guard (<c>.GuardInventory(o =&gt; …)</c>, or the <c>PodConnect:Inventory</c> section).</summary>
public sealed class InventoryOptions
{
    /// <summary>The most a SKU is ever offered (TikTok accepts up to 99,999). Default 99,999: capacity, stock and budget decide.</summary>
    public int MaxQuantity { get; set; } = 99_999;

    /// <summary>
    /// How much slack an order placed now must keep before its ready-to-ship deadline for its unit to count
    /// as capacity: capacity that could only dispatch within this margin of the deadline is not offered.
    /// Default 4 hours (the loop's late-risk margin).
    /// </summary>
    public TimeSpan SafetyMargin { get; set; } = TimeSpan.FromHours(4);

    /// <summary>How often the listings are read from the marketplace again (sales lower their stock there). Default 1 hour; an inventory webhook reads them at the next pass.</summary>
    public TimeSpan ListingRefreshInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Production days ahead whose bookings count (orders placed now dispatch within a few working days). Default 14.</summary>
    public int HorizonDays { get; set; } = 14;

    /// <summary>The market of a shop whose marketplace does not say (its dispatch rule and destination). Default <c>GB</c>.</summary>
    public string DefaultMarket { get; set; } = "GB";

    /// <summary>
    /// Whether the guard may show listings that are hidden but that it did not hide itself in this process
    /// (after a restart it cannot tell who hid them). Default <see langword="false"/>: a listing the seller
    /// deactivated stays deactivated. Set it when PodConnect owns the visibility of every catalogued listing.
    /// </summary>
    public bool ManageInactiveListings { get; set; }

    /// <summary>
    /// Units per SKU the built-in health budget still offers while a metric that more orders can worsen (late
    /// dispatch, on-time delivery, seller-fault cancellation) is forecast Over its limit. Default 5: a trickle,
    /// so orders the capacity guard only offers when they can dispatch in time dilute the rate; with 0 the shop
    /// stops selling and an Over metric can only recover as its bad outcomes leave the window (up to 30 days
    /// without a sale). See docs/operations.md, "Inventory guard".
    /// A metric that is Near caps each SKU at its headroom instead (see <see cref="NearHealthAllowance"/>). Replace the budget with
    /// <c>.UseInventoryBudget(…)</c> for another policy, or <see cref="UnlimitedInventoryBudget"/> for none.
    /// </summary>
    public int OverHealthAllowance { get; set; } = 5;

    /// <summary>
    /// The least units per SKU the built-in health budget offers while a metric that more orders can worsen is
    /// Near (not Over): the cap is its forecast headroom, but never below this. Default 5: a small shop with
    /// one bad outcome is Near with no headroom, and capping it at 0 would stop it for good (nothing sold,
    /// nothing dispatched on time to dilute the rate).
    /// </summary>
    public int NearHealthAllowance { get; set; } = 5;

    internal CountryCode Market => CountryCode.Parse(DefaultMarket);

    /// <summary>The first problem with these settings, naming the setting, or <see langword="null"/>.</summary>
    internal string? Validate()
    {
        if (MaxQuantity is < 1 or > 99_999)
        {
            return "PodConnect:Inventory:MaxQuantity must be between 1 and 99,999.";
        }

        if (SafetyMargin < TimeSpan.Zero)
        {
            return "PodConnect:Inventory:SafetyMargin must not be negative.";
        }

        if (ListingRefreshInterval <= TimeSpan.Zero)
        {
            return "PodConnect:Inventory:ListingRefreshInterval must be positive.";
        }

        if (OverHealthAllowance is < 0 or > 99_999)
        {
            return "PodConnect:Inventory:OverHealthAllowance must be between 0 and 99,999.";
        }

        if (NearHealthAllowance is < 0 or > 99_999)
        {
            return "PodConnect:Inventory:NearHealthAllowance must be between 0 and 99,999.";
        }

        if (HorizonDays is < 1 or > 60)
        {
            return "PodConnect:Inventory:HorizonDays must be between 1 and 60.";
        }

        return CountryCode.TryParse(DefaultMarket, out _) ? null : $"PodConnect:Inventory:DefaultMarket '{DefaultMarket}' is not an ISO 3166 country code.";
    }
}
