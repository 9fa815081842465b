using PodConnect.Catalog;
using PodConnect.Domain;
using PodConnect.Marketplaces;
using PodConnect.Providers;

namespace PodConnect.Fulfillment;

/// <summary>
/// A marketplace order read through the catalogue: the Core order routing needs (SKUs with their product
/// kinds), the registered providers that make every SKU, and per provider the request to place. Built
/// fresh on every step (it is cheap); an order the catalogue cannot explain yields a surface reason.
/// </summary>
internal sealed class OrderPlan
{
    private readonly MarketplaceOrder _source;
    private readonly CatalogEntry[] _entries;

    private OrderPlan(MarketplaceOrder source, Order order, CatalogEntry[] entries, string[] providers)
    {
        _source = source;
        Order = order;
        _entries = entries;
        Providers = providers;
    }

    public Order Order { get; }

    public IReadOnlyCollection<string> Providers { get; }

    public static OrderPlan? TryCreate(MarketplaceOrder order, IProductCatalog catalog, IReadOnlyCollection<string> registered, out SurfaceReason reason, out string detail)
    {
        reason = default;
        detail = string.Empty;
        if (order.Lines.Count == 0)
        {
            (reason, detail) = (SurfaceReason.UnknownSku, "the order has no lines");
            return null;
        }

        var entries = new CatalogEntry[order.Lines.Count];
        IEnumerable<string> common = registered;
        for (var i = 0; i < entries.Length; i++)
        {
            var sku = order.Lines[i].Sku;
            if (catalog.Find(sku) is not { } entry)
            {
                (reason, detail) = (SurfaceReason.UnknownSku, $"SKU '{sku}' is not in the catalogue");
                return null;
            }

            entries[i] = entry;
            common = common.Where(entry.Providers.ContainsKey);
        }

        var providers = common.ToArray();
        if (providers.Length == 0)
        {
            (reason, detail) = (SurfaceReason.NoProviderForAllItems,
                $"no registered provider ({string.Join(", ", registered)}) makes all of {string.Join(", ", entries.Select(e => e.Sku))}");
            return null;
        }

        var items = new OrderItem[entries.Length];
        for (var i = 0; i < items.Length; i++)
        {
            var line = order.Lines[i];
            items[i] = new OrderItem(line.Sku, entries[i].Kind, Math.Max(1, line.Quantity), line.LineItemIds);
        }

        var core = new Order(order.Id, order.CreatedAt, order.ShipTo, items, order.Deadlines, order.Market, order.Recipient);
        return new OrderPlan(order, core, entries, providers);
    }

    /// <summary>The request for <paramref name="provider"/>, or <see langword="null"/> when the order has no recipient name.</summary>
    public PodOrderRequest? RequestFor(string provider)
    {
        if (_source.Recipient is not { Name.Length: > 0 } recipient)
        {
            return null;
        }

        var lines = new PodOrderLine[_entries.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            var product = _entries[i].Providers[provider];
            var line = _source.Lines[i];
            lines[i] = new PodOrderLine((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), product.ProductId, Math.Max(1, line.Quantity), product.Files) { Sku = line.Sku };
        }

        return new PodOrderRequest(_source.Id, _source.ShipTo, recipient, lines);
    }
}
