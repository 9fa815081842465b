using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PodConnect.Catalog;
using PodConnect.Domain;
using PodConnect.Errors;
using PodConnect.Fulfillment;
using PodConnect.Routing;
using PodConnect.Telemetry;

namespace PodConnect.Inventory;

/// <summary>
/// Keeps the marketplace's stock honest, once per loop pass: per listed SKU the quantity buyers may order
/// is the least of what the providers that can make it in time can still dispatch (capacity and stock-outs,
/// asked of the router: <see cref="SlaCapacity"/>), and what the shop's health budget allows (<see cref="ShopHealthInventoryBudget"/> unless the user registered another). Only changed
/// SKUs are sent, as absolute values, one call per product. Everything is recomputed from state every pass
/// and a failed call changes nothing it remembers, so a failure is simply sent again next pass and a
/// restart converges to the same stock.
/// </summary>
internal sealed class InventoryGuard
{
    private readonly IMarketplaceInventory _marketplace;
    private readonly IProductCatalog _catalog;
    private readonly FulfillmentRouter _router;
    private readonly IInventoryBudget _budget;
    private readonly InventoryOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly FulfillmentTelemetry _telemetry;
    private readonly HashSet<string> _registered;
    private readonly Dictionary<(string Shop, string Product), MarketplaceListing> _listings = [];
    private readonly HashSet<(string Shop, string Product)> _hiddenByGuard = [];
    private DateTimeOffset _readAt = DateTimeOffset.MinValue;
    private TimeSpan _deadlineShortfall;
    private int _refreshRequested;

    public InventoryGuard(
        IMarketplaceInventory marketplace,
        IProductCatalog catalog,
        FulfillmentRouter router,
        IEnumerable<string> registeredProviders,
        IInventoryBudget budget,
        IOptions<InventoryOptions> options,
        TimeProvider time,
        ILogger<InventoryGuard> logger,
        FulfillmentTelemetry telemetry)
    {
        _marketplace = marketplace;
        _catalog = catalog;
        _router = router;
        _registered = new HashSet<string>(registeredProviders, StringComparer.Ordinal);
        _budget = budget;
        _options = options.Value;
        _time = time;
        _logger = logger;
        _telemetry = telemetry;
    }

    /// <summary>The stock the guard last knew per listing (read, or set by it).</summary>
    public IReadOnlyCollection<MarketplaceListing> Listings => _listings.Values;

    /// <summary>Asks for the listings to be read again at the next pass (a marketplace inventory webhook).</summary>
    public void RequestRefresh() => Interlocked.Exchange(ref _refreshRequested, 1);

    /// <summary>How much earlier than the market's rule the marketplace's own ready-to-ship deadlines fall (learned from its orders).</summary>
    public TimeSpan DeadlineShortfall => _deadlineShortfall;

    /// <summary>
    /// One guard pass. <paramref name="pending"/> are orders that will take capacity but have not booked it
    /// yet; <paramref name="recent"/> are the latest orders seen, whose deadlines teach how the marketplace
    /// sets them. Called inside the loop's pass (never concurrently).
    /// </summary>
    public async Task RunAsync(IReadOnlyList<Order> pending, IReadOnlyList<Order> recent, Func<Order, IReadOnlyCollection<string>> providersOf, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        LearnDeadlines(pending, recent);
        if (!await RefreshAsync(now, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        await RefreshBudgetAsync(cancellationToken).ConfigureAwait(false);
        var availability = _router.Availability;
        var today = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-1); // a facility west of UTC may still be on yesterday
        var booked = SlaCapacity.Copy(_router.Ledger, today, _options.HorizonDays + 1);
        foreach (var order in pending)
        {
            SlaCapacity.BookPending(booked, _router.RouterFor(providersOf(order)), order, now, availability);
        }

        var capacity = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var key in _listings.Keys.ToList())
        {
            var listing = _listings[key];
            var desired = new List<ListingQuantity>();
            foreach (var sku in listing.Skus)
            {
                if (_catalog.Find(sku.Sku) is { } entry)
                {
                    desired.Add(new ListingQuantity(sku.SkuId, Desired(entry, listing, booked, today, availability, capacity, now)));
                }
            }

            var changes = Changes(key, listing, desired);
            if (changes.Count > 0)
            {
                await PushAsync(key, listing, changes, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// The probe's orders get the market's rule (N working days), but the marketplace sets each order's own
    /// deadline (TikTok's <c>rts_sla_time</c>), which can fall earlier, e.g. at the same time of day rather
    /// than at the end of it. The largest such gap among recent orders is taken off the rule, so capacity
    /// is only counted when a real order placed now would still dispatch in time.
    /// </summary>
    private void LearnDeadlines(IReadOnlyList<Order> pending, IReadOnlyList<Order> recent)
    {
        TimeSpan? shortfall = null;
        foreach (var order in pending.Concat(recent))
        {
            if (order.Deadlines.ReadyToShipBy is { } given)
            {
                var rule = _router.DeadlineOf(new Order(order.Id, order.CreatedAt, order.Destination, order.Items, null, order.Market));
                var gap = rule - given;
                shortfall = shortfall is { } s && s >= gap ? s : gap;
            }
        }

        if (shortfall is { } learned)
        {
            _deadlineShortfall = learned > TimeSpan.Zero ? learned : TimeSpan.Zero;
        }
    }

    private List<ListingQuantity> Changes((string Shop, string Product) key, MarketplaceListing listing, List<ListingQuantity> desired)
    {
        if (listing.Active)
        {
            var known = listing.Skus.ToDictionary(s => s.SkuId, s => s.Quantity, StringComparer.Ordinal);
            return desired.FindAll(d => known[d.SkuId] != d.Quantity);
        }

        if (desired.TrueForAll(d => d.Quantity == 0))
        {
            return []; // Hidden and nothing to sell: nothing to do.
        }

        if (!_hiddenByGuard.Contains(key) && !_options.ManageInactiveListings)
        {
            InventoryLog.LeftHidden(_logger, listing.ShopId, listing.ProductId);
            return [];
        }

        return desired; // Shown again: every catalogued SKU gets its stock.
    }

    private int Desired(CatalogEntry entry, MarketplaceListing listing, CapacityLedger booked, DateOnly today, AvailabilitySnapshot? availability, Dictionary<string, int> capacity, DateTimeOffset now)
    {
        var providers = entry.Providers.Keys.Where(_registered.Contains).Order(StringComparer.Ordinal).ToArray();
        if (providers.Length == 0)
        {
            return 0;
        }

        var market = listing.Market ?? _options.Market;
        var skuRule = availability?.StockOuts.Any(s => string.Equals(s.Sku, entry.Sku, StringComparison.Ordinal)) == true;
        // SKUs of one kind made by the same providers share capacity; a SKU with its own stock-out is counted alone.
        var group = string.Join('\n', market.ToString(), entry.Kind.Value, skuRule ? entry.Sku : string.Empty, string.Join(',', providers));
        if (!capacity.TryGetValue(group, out var units))
        {
            var scratch = SlaCapacity.Copy(booked, today, _options.HorizonDays + 1);
            units = SlaCapacity.Probe(_router.RouterFor(providers), scratch, availability, entry.Sku, entry.Kind, market, now, _deadlineShortfall, _options.SafetyMargin, _options.MaxQuantity);
            capacity[group] = units;
        }

        if (_budget.Allowance(listing.ShopId, entry.Sku) is { } allowed)
        {
            units = Math.Min(units, Math.Max(0, allowed));
        }

        return units;
    }

    private async Task<bool> RefreshAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var requested = Interlocked.Exchange(ref _refreshRequested, 0) == 1;
        if (!requested && now - _readAt < _options.ListingRefreshInterval)
        {
            return true;
        }

        try
        {
            var skus = _catalog.Entries.Select(e => e.Sku).ToList();
            var read = skus.Count == 0 ? [] : await _marketplace.GetListingsAsync(skus, cancellationToken).ConfigureAwait(false);
            _listings.Clear();
            foreach (var listing in read)
            {
                _listings[(listing.ShopId, listing.ProductId)] = listing;
            }

            _readAt = now;
            return true;
        }
        catch (Exception e) when (e is PodConnectException or HttpRequestException)
        {
            _telemetry.Error("inventory-read", e.GetType().Name);
            InventoryLog.ListingsFailed(_logger, e.GetType().Name, (e as PodConnectException)?.ErrorCode);
            if (requested)
            {
                RequestRefresh();
            }

            return _readAt != DateTimeOffset.MinValue; // Work from the last read while the marketplace is away.
        }
    }

    /// <summary>Lets a budget read shop health once for the pass; on failure it keeps what it read last.</summary>
    private async Task RefreshBudgetAsync(CancellationToken cancellationToken)
    {
        if (_budget is not IRefreshedInventoryBudget budget || _listings.Count == 0)
        {
            return;
        }

        try
        {
            await budget.RefreshAsync(_listings.Keys.Select(k => k.Shop).Distinct(StringComparer.Ordinal).ToList(), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is PodConnectException or HttpRequestException)
        {
            _telemetry.Error("inventory-budget", e.GetType().Name);
            InventoryLog.BudgetFailed(_logger, e.GetType().Name, (e as PodConnectException)?.ErrorCode);
        }
    }

    private async Task PushAsync((string Shop, string Product) key, MarketplaceListing listing, List<ListingQuantity> changes, CancellationToken cancellationToken)
    {
        ListingUpdateResult result;
        try
        {
            result = await _marketplace.SetQuantitiesAsync(listing, changes, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is PodConnectException or HttpRequestException)
        {
            // Nothing is remembered as set, so the next pass computes and sends it again.
            _telemetry.Error("inventory", e.GetType().Name);
            InventoryLog.PushFailed(_logger, listing.ShopId, listing.ProductId, e.GetType().Name, (e as PodConnectException)?.ErrorCode);
            return;
        }

        var refused = new HashSet<string?>(result.Refused.Select(r => r.SkuId), StringComparer.Ordinal);
        foreach (var refusal in result.Refused)
        {
            InventoryLog.Refused(_logger, listing.ShopId, listing.ProductId, refusal.SkuId, refusal.Code);
        }

        var set = changes.Where(c => !refused.Contains(c.SkuId) && !refused.Contains(null)).ToDictionary(c => c.SkuId, c => c.Quantity, StringComparer.Ordinal);
        var skus = listing.Skus.Select(s => set.TryGetValue(s.SkuId, out var quantity) ? s with { Quantity = quantity } : s).ToList();
        _listings[key] = listing with { Active = result.Active, Skus = skus };
        if (listing.Active && !result.Active)
        {
            _hiddenByGuard.Add(key);
        }
        else if (result.Active)
        {
            _hiddenByGuard.Remove(key);
        }

        InventoryLog.Pushed(_logger, listing.ShopId, listing.ProductId, set.Count, result.Active);
    }
}
