using PodConnect.Catalog;
using PodConnect.Providers;
using PodConnect.Routing;

namespace PodConnect.Inventory;

/// <summary>
/// The hub's <see cref="IProviderAvailability"/>: providers' stock-outs (from their stock webhooks, e.g.
/// Printful's <c>catalog_stock_updated</c>, and their stock APIs read by the loop's stock poller) and closures,
/// turned into the snapshot routing reads. The fulfilment router and the inventory guard read the same board,
/// so an order is never routed to a provider the guard counts as out of stock, and the other way round. A stock
/// signal names the provider's product, for the provider as a whole or for one facility; the catalogue says
/// which SKUs it makes. The newest report wins: a provider-wide report replaces every older facility report of
/// the product, and a report older than what is known changes nothing (so a poll that started before a webhook
/// never undoes it). Thread-safe; <see cref="Current"/> is rebuilt only when something changes.
/// </summary>
public sealed class ProviderAvailabilityBoard : IProviderAvailability
{
    private readonly IProductCatalog _catalog;
    private readonly object _gate = new();
    private readonly Dictionary<(string Provider, string? Facility, string Sku), StockOut> _stockOuts = [];
    private readonly List<Closure> _closures = [];
    private readonly Dictionary<(string Provider, string ProductId), ProductReports> _reports = [];
    private Dictionary<(string Provider, string ProductId), List<string>>? _skusByProduct;
    private AvailabilitySnapshot _current = AvailabilitySnapshot.Empty;
    private long _version;

    /// <summary>Creates an empty board over the catalogue that maps providers' products to SKUs.</summary>
    public ProviderAvailabilityBoard(IProductCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _catalog = catalog;
    }

    /// <inheritdoc />
    public AvailabilitySnapshot Current => Volatile.Read(ref _current);

    /// <summary>Grows by one with every change, so readers can tell whether anything changed since they last looked.</summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>
    /// Records a provider's stock of one of its products for every SKU the catalogue makes from it there, at all
    /// its facilities or (<see cref="PodStockChange.FacilityId"/>) one: out of stock (or discontinued) adds a
    /// stock-out from <paramref name="at"/>; in stock clears it; unknown changes nothing; a report older than the
    /// last one for the product (provider-wide, or for the same facility) changes nothing. Returns whether
    /// anything changed.
    /// </summary>
    public bool ReportStock(string provider, PodStockChange change, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(provider);
        ArgumentNullException.ThrowIfNull(change);
        if (change.Status == PodStockStatus.Unknown || !SkusOf(provider, change.ProductId, out var skus))
        {
            return false;
        }

        lock (_gate)
        {
            if (!_reports.TryGetValue((provider, change.ProductId), out var reports))
            {
                _reports[(provider, change.ProductId)] = reports = new ProductReports();
            }

            // Reports arrive out of order (webhooks are redelivered, a poll runs while a webhook lands): older ones change nothing.
            if (!reports.Accept(change, at))
            {
                return false;
            }

            var changed = false;
            foreach (var sku in skus)
            {
                changed |= Apply(provider, change.ProductId, sku, reports, at);
            }

            if (changed)
            {
                Publish();
            }

            return changed;
        }
    }

    /// <summary>Records a closure (an outage, a shutdown): nothing is routed into it and the guard counts no capacity in it.</summary>
    public void AddClosure(Closure closure)
    {
        ArgumentNullException.ThrowIfNull(closure);
        lock (_gate)
        {
            _closures.Add(closure);
            Publish();
        }
    }

    /// <summary>Removes every closure of a provider (reopened).</summary>
    public void ClearClosures(string provider)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(provider);
        lock (_gate)
        {
            if (_closures.RemoveAll(c => string.Equals(c.Provider, provider, StringComparison.Ordinal)) > 0)
            {
                Publish();
            }
        }
    }

    /// <summary>Brings one SKU's stock-outs at this provider in line with the product's reports; returns whether any changed.</summary>
    private bool Apply(string provider, string productId, string sku, ProductReports reports, DateTimeOffset at)
    {
        var wanted = reports.OutAt().ToDictionary(o => o.Facility ?? string.Empty, StringComparer.Ordinal);
        var changed = false;
        foreach (var key in _stockOuts.Keys.Where(k => k.Sku == sku && k.Provider == provider).ToList())
        {
            if (!wanted.Remove(key.Facility ?? string.Empty))
            {
                changed |= _stockOuts.Remove(key);
            }
        }

        foreach (var (_, (facility, raw)) in wanted)
        {
            var where = facility is null ? string.Empty : $" at {facility}";
            var reason = $"{provider} stock signal: product {productId} {raw}{where}";
            _stockOuts[(provider, facility, sku)] = new StockOut(provider, FacilityId: facility, Sku: sku, From: at, Reason: reason);
            changed = true;
        }

        return changed;
    }

    private void Publish()
    {
        Volatile.Write(ref _current, new AvailabilitySnapshot(_stockOuts.Values, _closures));
        Interlocked.Increment(ref _version);
    }

    private bool SkusOf(string provider, string productId, out List<string> skus)
    {
        var map = Volatile.Read(ref _skusByProduct);
        if (map is null)
        {
            map = [];
            foreach (var entry in _catalog.Entries)
            {
                foreach (var (name, product) in entry.Providers)
                {
                    if (!map.TryGetValue((name, product.ProductId), out var list))
                    {
                        map[(name, product.ProductId)] = list = [];
                    }

                    list.Add(entry.Sku);
                }
            }

            Volatile.Write(ref _skusByProduct, map);
        }

        return map.TryGetValue((provider, productId), out skus!);
    }

    /// <summary>The latest provider-wide report of one product and the facility reports newer than it.</summary>
    private sealed class ProductReports
    {
        private readonly Dictionary<string, (DateTimeOffset At, PodStockStatus Status, string Raw)> _facilities = new(StringComparer.Ordinal);
        private (DateTimeOffset At, PodStockStatus Status, string Raw)? _wide;

        /// <summary>Takes a report unless something newer is known; a provider-wide one drops the facility reports it is newer than.</summary>
        public bool Accept(PodStockChange change, DateTimeOffset at)
        {
            if (_wide is { } wide && at < wide.At)
            {
                return false;
            }

            var report = (at, change.Status, change.RawStatus ?? change.Status.ToString());
            if (change.FacilityId is not { } facility)
            {
                _wide = report;
                foreach (var older in _facilities.Where(f => f.Value.At < at).Select(f => f.Key).ToList())
                {
                    _facilities.Remove(older);
                }

                return true;
            }

            if (_facilities.TryGetValue(facility, out var known) && at < known.At)
            {
                return false;
            }

            _facilities[facility] = report;
            return true;
        }

        /// <summary>Where the product cannot be made: everywhere (facility <see langword="null"/>), or at the facilities listed.</summary>
        public IEnumerable<(string? Facility, string Raw)> OutAt()
        {
            if (_wide is { Status: not PodStockStatus.InStock } wide)
            {
                return [(null, wide.Raw)];
            }

            return _facilities.Where(f => f.Value.Status != PodStockStatus.InStock).Select(f => ((string?)f.Key, f.Value.Raw));
        }
    }
}
