using PodConnect.Domain;
using PodConnect.Marketplaces;
using PodConnect.Providers;
using PodConnect.Routing;

namespace PodConnect.Benchmarks.Fulfillment;

/// <summary>
/// The glue a user writes without the loop (the "seventeen steps"), as the baseline: every pass
/// reads every open order one by one, routes and places the new ones, asks the provider about every placed
/// one, and marks shipped what has shipped. Correct on the happy path; no batching, no scheduling.
/// </summary>
internal sealed class NaiveFulfillment(SpikeRun run)
{
    private readonly Router _router = new(SpikeRun.Network, RoutingPolicy.Default);
    private readonly Dictionary<string, (IPodProvider Provider, string ProviderOrderId)> _placed = new(StringComparer.Ordinal);
    private readonly HashSet<string> _done = new(StringComparer.Ordinal);

    public async Task PassAsync()
    {
        var now = run.Time.GetUtcNow();
        foreach (var source in run.Orders)
        {
            if (_done.Contains(source.Id))
            {
                continue;
            }

            var order = (await run.Marketplace.GetOrdersAsync([source.Reference]))[0];
            if (!_placed.TryGetValue(order.Id, out var placed))
            {
                var entry = SpikeRun.Catalog.Find(order.Lines[0].Sku)!;
                var core = new Order(order.Id, order.CreatedAt, order.ShipTo, [new OrderItem(entry.Sku, entry.Kind, 1, order.Lines[0].LineItemIds)], order.Deadlines);
                var decision = _router.Route(core, now);
                var name = entry.Providers.ContainsKey(decision.Provider!) ? decision.Provider! : entry.Providers.Keys.First();
                var provider = name == "gelato" ? run.Gelato : run.Printful;
                var product = entry.Providers[name];
                var result = await provider.PlaceOrderAsync(new PodOrderRequest(order.Id, order.ShipTo, order.Recipient!, [new PodOrderLine("1", product.ProductId, 1, product.Files)]));
                _placed[order.Id] = (provider, result.Order.ProviderOrderId);
                continue;
            }

            var pod = await placed.Provider.GetOrderAsync(placed.ProviderOrderId);
            if (pod.Status == PodOrderStatus.Shipped)
            {
                var carriers = await run.Marketplace.GetCarriersAsync(order.Reference.ShopId);
                var carrier = carriers.First(c => c.Name.Contains(pod.Shipments[0].Carrier!, StringComparison.OrdinalIgnoreCase));
                await run.Marketplace.MarkShippedAsync(order.Reference, new MarketplaceShipment(carrier.Id, pod.Shipments[0].TrackingNumber!, order.Lines[0].LineItemIds));
                _done.Add(order.Id);
            }
        }
    }
}
