using System.Runtime.CompilerServices;
using PodConnect.Errors;
using PodConnect.Inventory;
using PodConnect.Marketplaces;
using PodConnect.Providers;
using PodConnect.TikTokShop.Fulfillment;
using PodConnect.TikTokShop.Orders;
using PodConnect.TikTokShop.Webhooks;

namespace PodConnect.TikTokShop.Marketplace;

/// <summary>
/// TikTok Shop as the fulfilment loop's <see cref="IMarketplace"/>: orders of every served shop (search by
/// update time, details read 50 at a time), Mark Package As Shipped with its error table read into
/// outcomes, the shop's carriers from its warehouses' delivery options, signed webhooks, and the POD
/// provider order kept on the TikTok order as an external order reference (platform
/// <c>ORDER_MANAGEMENT_SYSTEM</c>, id <c>provider:providerOrderId</c>).
/// </summary>
public partial class TikTokShopMarketplace : IMarketplace, IMarketplaceOrderLinks, IMarketplaceCancellation, IMarketplaceInventory
{
    /// <summary>The marketplace name, also the webhook source name: <c>tiktokshop</c>.</summary>
    public const string MarketplaceName = "tiktokshop";

    private static readonly TikTokExternalPlatform LinkPlatform = TikTokExternalPlatform.OrderManagementSystem;
    private readonly TikTokShopClient _client;
    private readonly TikTokShopDirectory _shops;
    private readonly TikTokShopWebhookVerifier _verifier;
    private readonly TimeProvider _time;

    /// <summary>Creates the marketplace over a client, the shop directory and the webhook verifier.</summary>
    /// <param name="client">The TikTok Shop client.</param>
    /// <param name="shops">The shops served.</param>
    /// <param name="verifier">Checks deliveries' signatures.</param>
    /// <param name="timeProvider">The clock that judges a delivery's age (a signed delivery older than 24 h is refused as replayed); the system clock when <see langword="null"/>.</param>
    public TikTokShopMarketplace(TikTokShopClient client, TikTokShopDirectory shops, TikTokShopWebhookVerifier verifier, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(shops);
        ArgumentNullException.ThrowIfNull(verifier);
        _client = client;
        _shops = shops;
        _verifier = verifier;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc />
    public string Name => MarketplaceName;

    /// <inheritdoc />
    public int MaxLinksPerCall => TikTokOrdersClient.MaxExternalOrdersPerCall;

    /// <inheritdoc />
    public async IAsyncEnumerable<MarketplaceOrder> GetOrdersChangedSinceAsync(DateTimeOffset since, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var search = new TikTokOrderSearch { UpdatedFrom = since, PageSize = 100, SortByUpdateTime = true, Ascending = true };
        foreach (var shop in await _shops.GetShopsAsync(cancellationToken).ConfigureAwait(false))
        {
            var orders = _client.ForShop(shop.Shop).Orders;
            var incomplete = new List<string>();
            await foreach (var order in orders.SearchOrdersAsync(search, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                if (TikTokMarketplaceMapping.TryMap(order, shop) is { } mapped)
                {
                    yield return mapped;
                }
                else
                {
                    incomplete.Add(order.Id);
                }
            }

            // Search results may lack fields the loop needs; the details come 50 orders per call.
            foreach (var order in await ReadAsync(shop, incomplete, cancellationToken).ConfigureAwait(false))
            {
                yield return order;
            }
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<MarketplaceOrder>> GetOrdersAsync(IReadOnlyList<MarketplaceOrderRef> orders, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(orders);
        var found = new List<MarketplaceOrder>(orders.Count);
        foreach (var byShop in orders.GroupBy(o => o.ShopId, StringComparer.Ordinal))
        {
            if (await _shops.FindAsync(byShop.Key, cancellationToken).ConfigureAwait(false) is { } shop)
            {
                found.AddRange(await ReadAsync(shop, [.. byShop.Select(o => o.OrderId)], cancellationToken).ConfigureAwait(false));
            }
        }

        return found;
    }

    /// <inheritdoc />
    public async Task<MarkShippedResult> MarkShippedAsync(MarketplaceOrderRef order, MarketplaceShipment shipment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shipment);
        var shop = await ShopAsync(order.ShopId, cancellationToken).ConfigureAwait(false);
        try
        {
            var result = await _client.ForShop(shop.Shop).Fulfillment.MarkShippedAsync(
                new TikTokShipment(order.OrderId, shipment.LineItemIds, shipment.ShippingProviderId, shipment.TrackingNumber), cancellationToken).ConfigureAwait(false);
            return new MarkShippedResult(result.AlreadyShipped ? MarkShippedStatus.AlreadyShipped : MarkShippedStatus.Shipped);
        }
        catch (PodConnectException e) when (TikTokMarkShippedCodes.Classify(e.ErrorCode) is { } status)
        {
            return new MarkShippedResult(status, e.ErrorCode, e.Details.ServiceMessage);
        }
    }

    /// <inheritdoc />
    /// <remarks>TikTok's Cancel Order with the seller reason for the shop's market; <c>25001011</c> (already cancelled) is a success.</remarks>
    public async Task<MarketplaceCancelResult> CancelOrderAsync(MarketplaceOrderRef order, MarketplaceCancelReason reason, CancellationToken cancellationToken = default)
    {
        var shop = await ShopAsync(order.ShopId, cancellationToken).ConfigureAwait(false);
        try
        {
            await _client.ForShop(shop.Shop).Orders.CancelOrderAsync(order.OrderId, TikTokCancelReasons.For(reason, shop.Market), cancellationToken).ConfigureAwait(false);
            return new MarketplaceCancelResult(true);
        }
        catch (PodConnectException e) when (e.ErrorCode == TikTokCancelReasons.AlreadyCancelled)
        {
            return new MarketplaceCancelResult(true, e.ErrorCode, e.Details.ServiceMessage);
        }
        catch (PodConnectException e) when (TikTokCancelReasons.IsRefusal(e.ErrorCode))
        {
            return new MarketplaceCancelResult(false, e.ErrorCode, e.Details.ServiceMessage);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<MarketplaceCarrier>> GetCarriersAsync(string shopId, CancellationToken cancellationToken = default)
    {
        var logistics = _client.ForShop((await ShopAsync(shopId, cancellationToken).ConfigureAwait(false)).Shop).Logistics;
        var carriers = new Dictionary<string, MarketplaceCarrier>(StringComparer.Ordinal);
        foreach (var warehouse in await logistics.GetWarehousesAsync(cancellationToken).ConfigureAwait(false))
        {
            foreach (var option in await logistics.GetDeliveryOptionsAsync(warehouse.Id, cancellationToken).ConfigureAwait(false))
            {
                foreach (var provider in await logistics.GetShippingProvidersAsync(option.Id, cancellationToken).ConfigureAwait(false))
                {
                    carriers.TryAdd(provider.Id, new MarketplaceCarrier(provider.Id, provider.Name));
                }
            }
        }

        return [.. carriers.Values];
    }

    /// <inheritdoc />
    public MarketplaceWebhookEvent ParseWebhook(PodWebhookRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!_verifier.IsValid(request.Body.Span, request.Header("Authorization")))
        {
            throw new WebhookVerificationException("The TikTok Shop webhook's Authorization signature is missing or wrong.", "tiktok-shop");
        }

        TikTokShopWebhookEvent parsed;
        try
        {
            parsed = TikTokShopWebhookParser.Parse(request.Body.Span);
        }
        catch (WebhookVerificationException e)
        {
            // Signed by TikTok, so authentic: a body we cannot read is malformed, not unauthenticated.
            throw new MalformedResponseException(e.Message, new RemoteErrorDetails("tiktok-shop"), e);
        }

        // A genuine signature on an old delivery is a replay: refused as unauthenticated, like the receiver does.
        TikTokWebhookFreshness.Ensure(parsed, _time.GetUtcNow(), TikTokWebhookFreshness.DefaultMaxAge);

        var orderId = parsed switch
        {
            TikTokOrderStatusChangedEvent e => e.OrderId,
            TikTokCancellationStatusChangedEvent e => e.OrderId,
            TikTokRecipientAddressUpdatedEvent e => e.OrderId,
            TikTokPackageUpdatedEvent { Packages: [{ OrderIds: [var only] }] } => only,
            _ => null,
        };
        return new MarketplaceWebhookEvent(
            parsed.Type.ToString(System.Globalization.CultureInfo.InvariantCulture),
            parsed.NotificationId,
            string.IsNullOrEmpty(orderId) ? null : new MarketplaceOrderRef(parsed.ShopId, orderId))
        {
            Listing = parsed is TikTokInventoryStatusChangedEvent { ProductId.Length: > 0 } stock
                ? new ListingRef(parsed.ShopId, stock.ProductId, stock.SkuId.Length > 0 ? stock.SkuId : null)
                : null,
        };
    }

    /// <inheritdoc />
    public async Task LinkProviderOrdersAsync(string shopId, IReadOnlyList<ProviderOrderLink> links, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(links);
        var shop = await ShopAsync(shopId, cancellationToken).ConfigureAwait(false);
        var references = links
            .Select(l => (l, Items: l.Order.Lines.SelectMany(line => line.LineItemIds).Select(id => new TikTokExternalLineItem(id, id)).ToList()))
            .Where(x => x.Items.Count is > 0 and <= TikTokOrdersClient.MaxExternalOrdersPerCall)
            .Select(x => new TikTokExternalOrderLink(x.l.Order.Id, new TikTokExternalOrder(ExternalId(x.l.Link), LinkPlatform, x.Items)))
            .ToList();
        if (references.Count > 0)
        {
            // Refusals come back as a list; a refused link costs only provider look-ups after a restart.
            await _client.ForShop(shop.Shop).Orders.AddExternalOrderReferencesAsync(references, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async Task<MarketplaceOrderLink?> FindLinkAsync(MarketplaceOrderRef order, CancellationToken cancellationToken = default)
    {
        var shop = await ShopAsync(order.ShopId, cancellationToken).ConfigureAwait(false);
        var external = await _client.ForShop(shop.Shop).Orders.GetExternalOrdersAsync(order.OrderId, LinkPlatform, cancellationToken).ConfigureAwait(false);
        foreach (var reference in external)
        {
            var separator = reference.Id.IndexOf(':', StringComparison.Ordinal);
            if (separator > 0 && separator < reference.Id.Length - 1)
            {
                return new MarketplaceOrderLink(reference.Id[..separator], reference.Id[(separator + 1)..]);
            }
        }

        return null;
    }

    private static string ExternalId(MarketplaceOrderLink link) => link.Provider + ":" + link.ProviderOrderId;

    private async Task<IReadOnlyList<MarketplaceOrder>> ReadAsync(TikTokServedShop shop, List<string> orderIds, CancellationToken cancellationToken)
    {
        if (orderIds.Count == 0)
        {
            return [];
        }

        var read = await _client.ForShop(shop.Shop).Orders.GetOrdersAsync(orderIds, cancellationToken).ConfigureAwait(false);
        return [.. read.Select(o => TikTokMarketplaceMapping.TryMap(o, shop)).OfType<MarketplaceOrder>()];
    }

    private async Task<TikTokServedShop> ShopAsync(string shopId, CancellationToken cancellationToken) =>
        await _shops.FindAsync(shopId, cancellationToken).ConfigureAwait(false)
        ?? throw new NotFoundException($"TikTok shop {shopId} is not served: its seller is not configured or did not authorize it.", new RemoteErrorDetails("tiktok-shop"));
}
