using PodConnect.Catalog;
using PodConnect.Providers;
using PodConnect.Routing;

namespace PodConnect.Inventory;

/// <summary>
/// The hub's <see cref="IProviderAvailability"/>: providers' stock-outs (from their stock webhooks, e.g.
/// Printful's <c>catalog_stock_updated</c>) and closures, turned into the snapshot routing reads. The
/// fulfilment router and the inventory guard read the same board, so an order is never routed to a
/// provider the guard counts as out of stock, and the other way round. A stock signal names the
/// provider's product; the catalogue says which SKUs it makes. Thread-safe; <see cref="Current"/> is
/// rebuilt only when something changes.
/// </summary>
public sealed class ProviderAvailabilityBoard : IProviderAvailability
{
    private readonly IProductCatalog _catalog;
    private readonly object _gate = new();
    private readonly Dictionary<(string Provider, string Sku), StockOut> _stockOuts = [];
    private readonly List<Closure> _closures = [];
    private readonly Dictionary<(string Provider, string ProductId), DateTimeOffset> _reportedAt = [];
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
    /// Records a provider's stock of one of its products for every SKU the catalogue makes from it there:
    /// out of stock (or discontinued) adds a stock-out from <paramref name="at"/>; in stock clears it;
    /// unknown changes nothing; a report older than the last one for the product changes nothing. Returns
    /// whether anything changed.
    /// </summary>
    public bool ReportStock(string provider, PodStockChange change, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(provider);
        ArgumentNullException.ThrowIfNull(change);
        if (change.Status == PodStockStatus.Unknown || !SkusOf(provider, change.ProductId, out var skus))
        {
            return false;
        }

        var changed = false;
        lock (_gate)
        {
            // Webhooks arrive out of order: a report older than the last one for the product changes nothing.
            if (_reportedAt.TryGetValue((provider, change.ProductId), out var last) && at < last)
            {
                return false;
            }

            _reportedAt[(provider, change.ProductId)] = at;
            foreach (var sku in skus)
            {
                if (change.Status == PodStockStatus.InStock)
                {
                    changed |= _stockOuts.Remove((provider, sku));
                }
                else if (!_stockOuts.ContainsKey((provider, sku)))
                {
                    var reason = $"{provider} stock signal: product {change.ProductId} {change.RawStatus ?? change.Status.ToString()}";
                    _stockOuts[(provider, sku)] = new StockOut(provider, Sku: sku, From: at, Reason: reason);
                    changed = true;
                }
            }

            if (changed)
            {
                Publish();
            }
        }

        return changed;
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
}
