using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PodConnect.Errors;
using PodConnect.Http;
using PodConnect.TikTokShop.Auth;
using PodConnect.TikTokShop.Fulfillment;
using PodConnect.TikTokShop.Internal;
using PodConnect.TikTokShop.Inventory;
using PodConnect.TikTokShop.Orders;
using PodConnect.TikTokShop.Shops;
using PodConnect.TikTokShop.Signing;
using PodConnect.TikTokShop.Webhooks;

namespace PodConnect.TikTokShop;

/// <summary>
/// The TikTok Shop Partner API (202309) for a seller-shipped integration: shops, orders, fulfillment,
/// logistics and inventory. Thread-safe; every method is virtual for mocking. Requests are signed,
/// stamped and rate-limited per shop by the pipeline registered with <c>AddTikTokShop</c>; failures
/// raise <c>PodConnect.Errors</c> exceptions carrying TikTok's code, message and request id.
/// </summary>
public class TikTokShopClient
{
    /// <summary>TikTok's maximum ids per Get Order Detail call.</summary>
    public const int MaxOrderIdsPerCall = 50;

    private readonly TikTokShopTransport _transport;
    private readonly TikTokShopAuthClient _auth;
    private readonly TikTokShopClientOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<(string Shop, string Option), (DateTimeOffset Expires, IReadOnlyList<TikTokShippingProvider> Providers)> _providers = new();

    /// <summary>For mocking.</summary>
    protected TikTokShopClient()
    {
        _transport = null!;
        _auth = null!;
        _options = new TikTokShopClientOptions();
        _time = TimeProvider.System;
        _logger = NullLogger.Instance;
    }

    /// <summary>Creates the client (normally resolved from DI after <c>AddTikTokShop</c>).</summary>
    public TikTokShopClient(
        IHttpClientFactory httpClientFactory,
        IOptions<TikTokShopClientOptions> options,
        TikTokShopAuthClient auth,
        TimeProvider timeProvider,
        ILogger<TikTokShopClient>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(auth);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _transport = new TikTokShopTransport(httpClientFactory, timeProvider);
        _auth = auth;
        _options = options.Value;
        _time = timeProvider;
        _logger = logger ?? (ILogger)NullLogger.Instance;
    }

    /// <summary>The shops the seller authorized the app for, each with the cipher that identifies it in calls.</summary>
    public virtual async Task<IReadOnlyList<TikTokAuthorizedShop>> GetAuthorizedShopsAsync(string sellerId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(sellerId);
        var data = await SendAsync(HttpMethod.Get, "/authorization/202309/shops", sellerId, null, null, null,
            TikTokShopJsonContext.Default.TikTokEnvelopeAuthorizedShopsData, retryable: true, dataOptional: false, cancellationToken).ConfigureAwait(false);
        return data.Shops ?? [];
    }

    /// <summary>Every order matching <paramref name="search"/>, page after page; resume from a page token with <paramref name="pageToken"/>.</summary>
    public virtual async IAsyncEnumerable<TikTokOrder> SearchOrdersAsync(
        TikTokShopRef shop,
        TikTokOrderSearch? search = null,
        string? pageToken = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var page in SearchOrderPagesAsync(shop, search, pageToken, cancellationToken).ConfigureAwait(false))
        {
            foreach (var order in page.Orders)
            {
                yield return order;
            }
        }
    }

    /// <summary>The pages of Search Orders from <paramref name="pageToken"/> (or the first page) to the last; each page's token resumes after it.</summary>
    public virtual async IAsyncEnumerable<TikTokOrderPage> SearchOrderPagesAsync(
        TikTokShopRef shop,
        TikTokOrderSearch? search = null,
        string? pageToken = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var token = pageToken;
        do
        {
            var page = await GetOrderPageAsync(shop, search, token, cancellationToken).ConfigureAwait(false);
            yield return page;
            token = page.NextPageToken;
        }
        while (!string.IsNullOrEmpty(token));
    }

    /// <summary>One page of Search Orders (<c>POST /order/202309/orders/search</c>).</summary>
    public virtual async Task<TikTokOrderPage> GetOrderPageAsync(TikTokShopRef shop, TikTokOrderSearch? search = null, string? pageToken = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shop);
        search ??= new TikTokOrderSearch();
        ArgumentOutOfRangeException.ThrowIfLessThan(search.PageSize, 1, nameof(search));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(search.PageSize, 100, nameof(search));
        var query = new List<KeyValuePair<string, string?>>
        {
            new("page_size", search.PageSize.ToString(CultureInfo.InvariantCulture)),
            new("page_token", pageToken),
            new("sort_field", search.SortByUpdateTime ? "update_time" : null),
            new("sort_order", search.Ascending ? "ASC" : null),
        };
        var body = new OrderSearchBody
        {
            OrderStatus = search.Status?.Value,
            CreateTimeGe = search.CreatedFrom?.ToUnixTimeSeconds(),
            CreateTimeLt = search.CreatedBefore?.ToUnixTimeSeconds(),
            UpdateTimeGe = search.UpdatedFrom?.ToUnixTimeSeconds(),
            UpdateTimeLt = search.UpdatedBefore?.ToUnixTimeSeconds(),
            ShippingType = search.ShippingType,
            BuyerUserId = search.BuyerUserId,
            IsBuyerRequestCancel = search.IsBuyerRequestCancel,
            WarehouseIds = search.WarehouseIds is { Count: > 0 } w ? w : null,
        };
        // A search changes nothing: safe to retry although it is a POST.
        var data = await SendAsync(HttpMethod.Post, "/order/202309/orders/search", shop.SellerId, shop.ShopCipher, query,
            JsonSerializer.SerializeToUtf8Bytes(body, TikTokShopJsonContext.Default.OrderSearchBody),
            TikTokShopJsonContext.Default.TikTokEnvelopeOrderListData, retryable: true, dataOptional: true, cancellationToken).ConfigureAwait(false);
        return new TikTokOrderPage(data.Orders ?? [], string.IsNullOrEmpty(data.NextPageToken) ? null : data.NextPageToken, data.TotalCount);
    }

    /// <summary>Order details for any number of ids (sent in calls of at most 50); unknown ids are simply absent.</summary>
    public virtual async Task<IReadOnlyList<TikTokOrder>> GetOrdersAsync(TikTokShopRef shop, IEnumerable<string> orderIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shop);
        ArgumentNullException.ThrowIfNull(orderIds);
        var ids = orderIds.Distinct(StringComparer.Ordinal).ToArray();
        foreach (var id in ids)
        {
            ArgumentException.ThrowIfNullOrEmpty(id, nameof(orderIds));
        }

        var result = new List<TikTokOrder>(ids.Length);
        foreach (var chunk in ids.Chunk(MaxOrderIdsPerCall))
        {
            var data = await SendAsync(HttpMethod.Get, "/order/202309/orders", shop.SellerId, shop.ShopCipher,
                [new("ids", string.Join(',', chunk))], null,
                TikTokShopJsonContext.Default.TikTokEnvelopeOrderDetailData, retryable: true, dataOptional: true, cancellationToken).ConfigureAwait(false);
            result.AddRange(data.Orders ?? []);
        }

        return result;
    }

    /// <summary>One order's details.</summary>
    /// <exception cref="NotFoundException">TikTok returned no such order.</exception>
    public virtual async Task<TikTokOrder> GetOrderAsync(TikTokShopRef shop, string orderId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(orderId);
        var orders = await GetOrdersAsync(shop, [orderId], cancellationToken).ConfigureAwait(false);
        return orders.FirstOrDefault(o => o.Id == orderId)
            ?? throw RemoteErrors.Create(RemoteErrorKind.NotFound, new RemoteErrorDetails(_transport.Funnel.Service), summary: $"TikTok Shop has no order {orderId} in this shop");
    }

    /// <summary>
    /// Marks an order's line items shipped with the seller's own carrier (order-level Mark Package As
    /// Shipped, the UK/EU seller-shipping call). Never re-sent blindly: when the answer is lost (timeout,
    /// dropped connection, 5xx) the order is read back, and if it already carries this tracking number
    /// the result says <see cref="TikTokShipmentResult.AlreadyShipped"/>; otherwise the original error is raised.
    /// </summary>
    public virtual async Task<TikTokShipmentResult> MarkShippedAsync(TikTokShopRef shop, TikTokShipment shipment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shop);
        ArgumentNullException.ThrowIfNull(shipment);
        ArgumentException.ThrowIfNullOrEmpty(shipment.OrderId);
        ArgumentException.ThrowIfNullOrEmpty(shipment.ShippingProviderId);
        ArgumentException.ThrowIfNullOrEmpty(shipment.TrackingNumber);
        ArgumentNullException.ThrowIfNull(shipment.LineItemIds);
        var body = new MarkShippedBody
        {
            OrderLineItemIds = shipment.LineItemIds,
            ShippingProviderId = shipment.ShippingProviderId,
            TrackingNumber = shipment.TrackingNumber,
        };
        try
        {
            var data = await SendAsync(HttpMethod.Post, $"/fulfillment/202309/orders/{Uri.EscapeDataString(shipment.OrderId)}/packages", shop.SellerId, shop.ShopCipher, null,
                JsonSerializer.SerializeToUtf8Bytes(body, TikTokShopJsonContext.Default.MarkShippedBody),
                TikTokShopJsonContext.Default.TikTokEnvelopeMarkShippedData, retryable: false, dataOptional: true, cancellationToken).ConfigureAwait(false);
            return new TikTokShipmentResult(data.OrderId ?? shipment.OrderId, data.PackageId, data.OrderLineItemIds ?? shipment.LineItemIds, data.Warning?.Message);
        }
        catch (PodConnectException lost) when (RemoteErrors.MayHaveTakenEffect(lost) && !cancellationToken.IsCancellationRequested)
        {
            // The outcome is unknown. Read the order instead of POSTing again.
            TikTokOrder order;
            try
            {
                order = await GetOrderAsync(shop, shipment.OrderId, cancellationToken).ConfigureAwait(false);
            }
            catch (PodConnectException)
            {
                // Could not find out either: the original "outcome unknown" error is the truthful one.
                Log.MarkShippedOutcomeUnknown(_logger, shipment.OrderId, lost.StatusCode is { } s ? $"HTTP {s}" : "no answer", "unreadable");
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(lost);
                throw; // unreachable: Throw never returns (keeps definite assignment happy)
            }

            var shipped = IsShippedWith(order, shipment);
            Log.MarkShippedOutcomeUnknown(_logger, shipment.OrderId, lost.StatusCode is { } status ? $"HTTP {status}" : "no answer", shipped ? "shipped with this tracking number" : "not shipped");
            if (shipped)
            {
                var package = order.LineItems.OfType<TikTokLineItem>().FirstOrDefault(i => shipment.LineItemIds.Contains(i.Id))?.PackageId ?? (order.Packages.Count > 0 ? order.Packages[0].Id : null);
                return new TikTokShipmentResult(order.Id, package, shipment.LineItemIds, null, AlreadyShipped: true);
            }

            throw;
        }
    }

    private static bool IsShippedWith(TikTokOrder order, TikTokShipment shipment)
    {
        if (order.TrackingNumber == shipment.TrackingNumber && order.Status.IsShippedOrLater)
        {
            return true;
        }

        var items = order.LineItems.OfType<TikTokLineItem>().Where(i => shipment.LineItemIds.Contains(i.Id)).ToList();
        return items.Count > 0 && items.All(i => i.TrackingNumber == shipment.TrackingNumber);
    }

    /// <summary>Corrects the carrier or tracking number of a shipped order (TikTok allows this within 72 h, reportedly once). Not retried.</summary>
    public virtual async Task UpdateShippingInfoAsync(TikTokShopRef shop, string orderId, string shippingProviderId, string trackingNumber, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shop);
        ArgumentException.ThrowIfNullOrEmpty(orderId);
        ArgumentException.ThrowIfNullOrEmpty(shippingProviderId);
        ArgumentException.ThrowIfNullOrEmpty(trackingNumber);
        var body = new MarkShippedBody { ShippingProviderId = shippingProviderId, TrackingNumber = trackingNumber };
        await SendAsync(HttpMethod.Post, $"/fulfillment/202309/orders/{Uri.EscapeDataString(orderId)}/shipping_info/update", shop.SellerId, shop.ShopCipher, null,
            JsonSerializer.SerializeToUtf8Bytes(body, TikTokShopJsonContext.Default.MarkShippedBody),
            TikTokShopJsonContext.Default.TikTokEnvelopeEmptyData, retryable: false, dataOptional: true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The tracking events of an order.</summary>
    public virtual async Task<IReadOnlyList<TikTokTrackingEvent>> GetTrackingAsync(TikTokShopRef shop, string orderId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shop);
        ArgumentException.ThrowIfNullOrEmpty(orderId);
        var data = await SendAsync(HttpMethod.Get, $"/fulfillment/202309/orders/{Uri.EscapeDataString(orderId)}/tracking", shop.SellerId, shop.ShopCipher, null, null,
            TikTokShopJsonContext.Default.TikTokEnvelopeTrackingData, retryable: true, dataOptional: true, cancellationToken).ConfigureAwait(false);
        return (data.Tracking ?? []).Select(t => new TikTokTrackingEvent(t.Description, t.UpdateTimeMillis)).ToList();
    }

    /// <summary>The shop's warehouses.</summary>
    public virtual async Task<IReadOnlyList<TikTokWarehouse>> GetWarehousesAsync(TikTokShopRef shop, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shop);
        var data = await SendAsync(HttpMethod.Get, "/logistics/202309/warehouses", shop.SellerId, shop.ShopCipher, null, null,
            TikTokShopJsonContext.Default.TikTokEnvelopeWarehousesData, retryable: true, dataOptional: true, cancellationToken).ConfigureAwait(false);
        return data.Warehouses ?? [];
    }

    /// <summary>The delivery options of a warehouse.</summary>
    public virtual async Task<IReadOnlyList<TikTokDeliveryOption>> GetDeliveryOptionsAsync(TikTokShopRef shop, string warehouseId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shop);
        ArgumentException.ThrowIfNullOrEmpty(warehouseId);
        var data = await SendAsync(HttpMethod.Get, $"/logistics/202309/warehouses/{Uri.EscapeDataString(warehouseId)}/delivery_options", shop.SellerId, shop.ShopCipher, null, null,
            TikTokShopJsonContext.Default.TikTokEnvelopeDeliveryOptionsData, retryable: true, dataOptional: true, cancellationToken).ConfigureAwait(false);
        return data.DeliveryOptions ?? [];
    }

    /// <summary>The carriers of a delivery option (cached per shop and option for <see cref="TikTokShopClientOptions.ShippingProviderCacheDuration"/>).</summary>
    public virtual async Task<IReadOnlyList<TikTokShippingProvider>> GetShippingProvidersAsync(TikTokShopRef shop, string deliveryOptionId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shop);
        ArgumentException.ThrowIfNullOrEmpty(deliveryOptionId);
        var key = (shop.ShopCipher, deliveryOptionId);
        if (_providers.TryGetValue(key, out var cached) && cached.Expires > _time.GetUtcNow())
        {
            return cached.Providers;
        }

        var data = await SendAsync(HttpMethod.Get, $"/logistics/202309/delivery_options/{Uri.EscapeDataString(deliveryOptionId)}/shipping_providers", shop.SellerId, shop.ShopCipher, null, null,
            TikTokShopJsonContext.Default.TikTokEnvelopeShippingProvidersData, retryable: true, dataOptional: true, cancellationToken).ConfigureAwait(false);
        var providers = data.ShippingProviders ?? [];
        _providers[key] = (_time.GetUtcNow() + _options.ShippingProviderCacheDuration, providers);
        return providers;
    }

    /// <summary>
    /// Sets absolute stock for SKUs of one product (every warehouse of each SKU must be listed).
    /// TikTok answers <c>code 0</c> even when some SKUs fail: those come back in
    /// <see cref="TikTokInventoryUpdateResult.Errors"/>, never swallowed. Retried on transient failures
    /// (an absolute set is idempotent).
    /// </summary>
    public virtual async Task<TikTokInventoryUpdateResult> UpdateInventoryAsync(TikTokShopRef shop, string productId, IReadOnlyList<TikTokSkuStock> skus, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shop);
        ArgumentException.ThrowIfNullOrEmpty(productId);
        ArgumentNullException.ThrowIfNull(skus);
        if (skus.Count == 0)
        {
            throw new ArgumentException("At least one SKU is needed.", nameof(skus));
        }

        var body = new UpdateInventoryBody
        {
            Skus = skus.Select(s => new SkuBody
            {
                Id = s.SkuId,
                Inventory = s.Warehouses.Select(w => new StockBody { WarehouseId = w.WarehouseId, Quantity = w.Quantity }).ToList(),
            }).ToList(),
        };
        var data = await SendAsync(HttpMethod.Post, $"/product/202309/products/{Uri.EscapeDataString(productId)}/inventory/update", shop.SellerId, shop.ShopCipher, null,
            JsonSerializer.SerializeToUtf8Bytes(body, TikTokShopJsonContext.Default.UpdateInventoryBody),
            TikTokShopJsonContext.Default.TikTokEnvelopeUpdateInventoryData, retryable: true, dataOptional: true, cancellationToken).ConfigureAwait(false);
        var errors = (data.Errors ?? []).Select(e => new TikTokSkuError(
            e.Detail?.SkuId,
            e.Code,
            e.Message,
            (e.Detail?.ExtraErrors ?? []).Select(x => new TikTokWarehouseError(x.WarehouseId, x.Code, x.Message)).ToList())).ToList();
        return new TikTokInventoryUpdateResult(errors);
    }

    /// <summary>Stock by product ids (max 100) or SKU ids (max 600; wins when both are given).</summary>
    public virtual async Task<IReadOnlyList<TikTokProductInventory>> SearchInventoryAsync(
        TikTokShopRef shop,
        IReadOnlyList<string>? productIds = null,
        IReadOnlyList<string>? skuIds = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shop);
        if ((productIds is null || productIds.Count == 0) && (skuIds is null || skuIds.Count == 0))
        {
            throw new ArgumentException("Give product ids or SKU ids.", nameof(productIds));
        }

        if (productIds?.Count > 100 || skuIds?.Count > 600)
        {
            throw new ArgumentOutOfRangeException(nameof(productIds), "TikTok accepts at most 100 product ids or 600 SKU ids.");
        }

        var body = new InventorySearchBody { ProductIds = productIds is { Count: > 0 } ? productIds : null, SkuIds = skuIds is { Count: > 0 } ? skuIds : null };
        var data = await SendAsync(HttpMethod.Post, "/product/202309/inventory/search", shop.SellerId, shop.ShopCipher, null,
            JsonSerializer.SerializeToUtf8Bytes(body, TikTokShopJsonContext.Default.InventorySearchBody),
            TikTokShopJsonContext.Default.TikTokEnvelopeInventorySearchData, retryable: true, dataOptional: true, cancellationToken).ConfigureAwait(false);
        return data.Inventory ?? [];
    }

    /// <summary>The shop's webhook subscriptions (<c>GET /event/202309/webhooks</c>).</summary>
    public virtual async Task<IReadOnlyList<TikTokWebhookSubscription>> GetWebhooksAsync(TikTokShopRef shop, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shop);
        var data = await SendAsync(HttpMethod.Get, WebhooksPath, shop.SellerId, shop.ShopCipher, null, null,
            TikTokShopJsonContext.Default.TikTokEnvelopeWebhooksData, retryable: true, dataOptional: true, cancellationToken).ConfigureAwait(false);
        return data.Webhooks ?? [];
    }

    /// <summary>Subscribes (or re-points) a topic to <paramref name="address"/> (HTTPS, at most 255 characters). Idempotent, so retried.</summary>
    public virtual async Task SetWebhookAsync(TikTokShopRef shop, string eventType, Uri address, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shop);
        ArgumentException.ThrowIfNullOrEmpty(eventType);
        ArgumentNullException.ThrowIfNull(address);
        if (!address.IsAbsoluteUri || address.OriginalString.Length > 255)
        {
            throw new ArgumentException("The webhook address must be an absolute URL of at most 255 characters.", nameof(address));
        }

        var body = new WebhookBody { EventType = eventType, Address = address.OriginalString };
        await SendAsync(HttpMethod.Put, WebhooksPath, shop.SellerId, shop.ShopCipher, null,
            JsonSerializer.SerializeToUtf8Bytes(body, TikTokShopJsonContext.Default.WebhookBody),
            TikTokShopJsonContext.Default.TikTokEnvelopeEmptyData, retryable: true, dataOptional: true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Unsubscribes a topic. Idempotent, so retried.</summary>
    public virtual async Task DeleteWebhookAsync(TikTokShopRef shop, string eventType, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shop);
        ArgumentException.ThrowIfNullOrEmpty(eventType);
        var body = new WebhookBody { EventType = eventType };
        await SendAsync(HttpMethod.Delete, WebhooksPath, shop.SellerId, shop.ShopCipher, null,
            JsonSerializer.SerializeToUtf8Bytes(body, TikTokShopJsonContext.Default.WebhookBody),
            TikTokShopJsonContext.Default.TikTokEnvelopeEmptyData, retryable: true, dataOptional: true, cancellationToken).ConfigureAwait(false);
    }

    private const string WebhooksPath = "/event/202309/webhooks";

    private async Task<T> SendAsync<T>(
        HttpMethod method,
        string path,
        string sellerId,
        string? shopCipher,
        IEnumerable<KeyValuePair<string, string?>>? query,
        byte[]? body,
        JsonTypeInfo<TikTokEnvelope<T>> typeInfo,
        bool retryable,
        bool dataOptional,
        CancellationToken cancellationToken)
        where T : class, new()
    {
        var parameters = query?.ToList();
        for (var attempt = 0; ; attempt++)
        {
            using var request = TikTokRequest.Create(_options.ApiBaseUrl, method, path, sellerId, shopCipher, parameters, body, retryable);
            try
            {
                return await _transport.SendAsync(request, typeInfo, dataOptional, cancellationToken).ConfigureAwait(false);
            }
            catch (TokenExpiredException) when (attempt == 0 && request.Options.TryGetValue(TikTokShopSigningHandler.SentToken, out var rejected))
            {
                // TikTok rejected the token before doing anything: refresh (once, shared) and send again.
                await _auth.RefreshAfterRejectionAsync(sellerId, rejected, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
