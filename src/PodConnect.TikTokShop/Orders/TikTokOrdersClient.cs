using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using PodConnect.Errors;
using PodConnect.Http;
using PodConnect.TikTokShop.Internal;

namespace PodConnect.TikTokShop.Orders;

/// <summary>A shop's orders: search, details, and external order references (from <see cref="TikTokSellerShopClient.Orders"/>).</summary>
public class TikTokOrdersClient
{
    /// <summary>TikTok's maximum ids per Get Order Detail call.</summary>
    public const int MaxOrderIdsPerCall = 50;

    /// <summary>TikTok's maximum orders per Add External Order References call.</summary>
    public const int MaxExternalOrdersPerCall = 100;

    private readonly TikTokApi _api;
    private readonly TikTokShopRef _shop;

    /// <summary>For mocking.</summary>
    protected TikTokOrdersClient()
    {
        _api = null!;
        _shop = null!;
    }

    internal TikTokOrdersClient(TikTokApi api, TikTokShopRef shop)
    {
        _api = api;
        _shop = shop;
    }

    /// <summary>Every order matching <paramref name="search"/>, page after page; resume from a page token with <paramref name="pageToken"/>.</summary>
    public virtual async IAsyncEnumerable<TikTokOrder> SearchOrdersAsync(
        TikTokOrderSearch? search = null,
        string? pageToken = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var page in SearchOrderPagesAsync(search, pageToken, cancellationToken).ConfigureAwait(false))
        {
            foreach (var order in page.Orders)
            {
                yield return order;
            }
        }
    }

    /// <summary>The pages of Search Orders from <paramref name="pageToken"/> (or the first page) to the last; each page's token resumes after it.</summary>
    public virtual async IAsyncEnumerable<TikTokOrderPage> SearchOrderPagesAsync(
        TikTokOrderSearch? search = null,
        string? pageToken = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var token = pageToken;
        HashSet<string>? seen = null;
        do
        {
            var page = await GetOrderPageAsync(search, token, cancellationToken).ConfigureAwait(false);
            yield return page;
            token = page.NextPageToken;
            // A server that hands back a token it already gave would page forever: stop with a typed error instead.
            if (!string.IsNullOrEmpty(token) && !(seen ??= pageToken is null ? [] : [pageToken]).Add(token))
            {
                throw _api.Transport.Funnel.Malformed(null, "next_page_token repeats a token already followed; paging would never end", null);
            }
        }
        while (!string.IsNullOrEmpty(token));
    }

    /// <summary>One page of Search Orders (<c>POST /order/{v}/orders/search</c>, version <see cref="TikTokShopApiVersions.SearchOrders"/>).</summary>
    public virtual async Task<TikTokOrderPage> GetOrderPageAsync(TikTokOrderSearch? search = null, string? pageToken = null, CancellationToken cancellationToken = default)
    {
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
        var data = await _api.SendAsync(TikTokEndpoints.SearchOrders, _api.Versions.SearchOrders, null, _shop, query,
            JsonSerializer.SerializeToUtf8Bytes(body, TikTokShopJsonContext.Default.OrderSearchBody),
            TikTokShopJsonContext.Default.TikTokEnvelopeOrderListData, retryable: true, dataOptional: true, cancellationToken).ConfigureAwait(false);
        return new TikTokOrderPage(data.Orders ?? [], string.IsNullOrEmpty(data.NextPageToken) ? null : data.NextPageToken, data.TotalCount);
    }

    /// <summary>
    /// Order details for any number of ids (sent in calls of at most 50; <c>GET /order/{v}/orders</c>,
    /// version <see cref="TikTokShopApiVersions.GetOrderDetail"/>); unknown ids are simply absent.
    /// </summary>
    public virtual async Task<IReadOnlyList<TikTokOrder>> GetOrdersAsync(IEnumerable<string> orderIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(orderIds);
        var ids = orderIds.Distinct(StringComparer.Ordinal).ToArray();
        foreach (var id in ids)
        {
            ArgumentException.ThrowIfNullOrEmpty(id, nameof(orderIds));
        }

        var result = new List<TikTokOrder>(ids.Length);
        foreach (var chunk in ids.Chunk(MaxOrderIdsPerCall))
        {
            var data = await _api.SendAsync(TikTokEndpoints.OrderDetail, _api.Versions.GetOrderDetail, null, _shop,
                [new("ids", string.Join(',', chunk))], null,
                TikTokShopJsonContext.Default.TikTokEnvelopeOrderDetailData, retryable: true, dataOptional: true, cancellationToken).ConfigureAwait(false);
            result.AddRange(data.Orders ?? []);
        }

        return result;
    }

    /// <summary>One order's details.</summary>
    /// <exception cref="NotFoundException">TikTok returned no such order.</exception>
    public virtual async Task<TikTokOrder> GetOrderAsync(string orderId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(orderId);
        var orders = await GetOrdersAsync([orderId], cancellationToken).ConfigureAwait(false);
        return orders.FirstOrDefault(o => o?.Id == orderId)
            ?? throw RemoteErrors.Create(RemoteErrorKind.NotFound, new RemoteErrorDetails(_api.Transport.Funnel.Service), summary: $"TikTok Shop has no order {orderId} in this shop");
    }

    /// <summary>
    /// Cancels an order as the seller (Cancel Order, <c>POST /return_refund/{v}/cancellations</c>). The reason must
    /// be one TikTok lists for the shop's market and the order's status (e.g. <c>seller_cancel_reason_out_of_stock_uk</c>);
    /// a reason that does not fit is refused with <c>25001021</c>, an order already cancelled with <c>25001011</c>,
    /// a shipped one with <c>25001045</c>. Not retried by the pipeline: after a lost answer, ask again (already
    /// cancelled is the answer) or read the order.
    /// </summary>
    /// <exception cref="PodConnectException">TikTok refused; <see cref="PodConnectException.ErrorCode"/> says why.</exception>
    public virtual async Task<TikTokCancellation> CancelOrderAsync(string orderId, string cancelReason, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        ArgumentException.ThrowIfNullOrWhiteSpace(cancelReason);
        var body = new CancelOrderBody { OrderId = orderId, CancelReason = cancelReason };
        var data = await _api.SendAsync(TikTokEndpoints.CancelOrder, _api.Versions.CancelOrder, null, _shop, null,
            JsonSerializer.SerializeToUtf8Bytes(body, TikTokShopJsonContext.Default.CancelOrderBody),
            TikTokShopJsonContext.Default.TikTokEnvelopeCancelOrderData, retryable: false, dataOptional: true, cancellationToken).ConfigureAwait(false);
        return new TikTokCancellation(data.CancelId, data.CancelStatus);
    }

    /// <summary>
    /// Attaches external orders (e.g. the POD provider's order id) to TikTok orders
    /// (<c>POST /order/{v}/orders/external_orders</c>, at most 100 per call; sent in chunks). Attaching
    /// again for the same order and platform replaces the earlier reference, so the call is safe to
    /// repeat and is retried. TikTok answers <c>code 0</c> and lists the orders it refused: they come
    /// back in <see cref="TikTokExternalOrderResult.Errors"/>, never swallowed.
    /// </summary>
    public virtual async Task<TikTokExternalOrderResult> AddExternalOrderReferencesAsync(IReadOnlyList<TikTokExternalOrderLink> links, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(links);
        if (links.Count == 0)
        {
            throw new ArgumentException("At least one order is needed.", nameof(links));
        }

        foreach (var link in links)
        {
            ArgumentNullException.ThrowIfNull(link, nameof(links));
            link.Validate(nameof(links));
        }

        var errors = new List<TikTokExternalOrderError>();
        foreach (var chunk in links.Chunk(MaxExternalOrdersPerCall))
        {
            var body = new AddExternalOrdersBody { Orders = chunk.Select(ExternalOrderBody.From).ToList() };
            var data = await _api.SendAsync(TikTokEndpoints.AddExternalOrders, _api.Versions.ExternalOrders, null, _shop, null,
                JsonSerializer.SerializeToUtf8Bytes(body, TikTokShopJsonContext.Default.AddExternalOrdersBody),
                TikTokShopJsonContext.Default.TikTokEnvelopeAddExternalOrdersData, retryable: true, dataOptional: true, cancellationToken).ConfigureAwait(false);
            errors.AddRange((data.Errors ?? []).OfType<ExternalOrderErrorData>().Select(e => new TikTokExternalOrderError(
                e.Detail?.OrderId, e.Code, e.Message, e.Detail?.ExternalOrder?.Id, e.Detail?.ExternalOrder?.Platform)));
        }

        return new TikTokExternalOrderResult(errors);
    }

    /// <summary>Attaches one external order to one TikTok order; throws when TikTok refuses it.</summary>
    /// <exception cref="ValidationException">TikTok refused the reference (its code and message are on the exception).</exception>
    public virtual async Task AddExternalOrderReferenceAsync(TikTokExternalOrderLink link, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(link);
        var result = await AddExternalOrderReferencesAsync([link], cancellationToken).ConfigureAwait(false);
        if (result.Errors.Count > 0)
        {
            var error = result.Errors[0];
            throw RemoteErrors.Create(RemoteErrorKind.Validation,
                new RemoteErrorDetails(_api.Transport.Funnel.Service, ErrorCode: error.Code, ServiceMessage: error.Message),
                summary: $"TikTok Shop refused the external order reference of order {link.OrderId}");
        }
    }

    /// <summary>
    /// The external orders attached to a TikTok order by <paramref name="platform"/>
    /// (<c>GET /order/{v}/orders/{id}/external_orders</c>); empty when there are none.
    /// </summary>
    public virtual async Task<IReadOnlyList<TikTokExternalOrder>> GetExternalOrdersAsync(string orderId, TikTokExternalPlatform platform, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(orderId);
        ArgumentException.ThrowIfNullOrEmpty(platform.Value, nameof(platform));
        var data = await _api.SendAsync(TikTokEndpoints.GetExternalOrders, _api.Versions.ExternalOrders, orderId, _shop,
            [new("platform", platform.Value)], null,
            TikTokShopJsonContext.Default.TikTokEnvelopeExternalOrdersData, retryable: true, dataOptional: true, cancellationToken).ConfigureAwait(false);
        return (data.ExternalOrders ?? []).OfType<ExternalOrderData>().Select(e => e.ToModel()).ToList();
    }

    /// <summary>
    /// The TikTok orders that carry the external order <paramref name="externalOrderId"/> of
    /// <paramref name="platform"/> (<c>POST /order/{v}/orders/external_order_search</c>): how the
    /// fulfillment loop finds its own work again from TikTok alone. Empty when none does.
    /// </summary>
    public virtual async Task<IReadOnlyList<TikTokExternalOrderLink>> FindByExternalOrderAsync(TikTokExternalPlatform platform, string externalOrderId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(platform.Value, nameof(platform));
        ArgumentException.ThrowIfNullOrEmpty(externalOrderId);

        // Everything is in the query; TikTok's own sample sends an empty JSON object as the body.
        var data = await _api.SendAsync(TikTokEndpoints.SearchExternalOrders, _api.Versions.ExternalOrders, null, _shop,
            [new("platform", platform.Value), new("external_order_id", externalOrderId)], "{}"u8.ToArray(),
            TikTokShopJsonContext.Default.TikTokEnvelopeExternalOrderSearchData, retryable: true, dataOptional: true, cancellationToken).ConfigureAwait(false);
        return (data.Orders ?? []).OfType<ExternalOrderSearchItem>()
            .Where(o => !string.IsNullOrEmpty(o.Id) && o.ExternalOrder is not null)
            .Select(o => new TikTokExternalOrderLink(o.Id!, o.ExternalOrder!.ToModel()))
            .ToList();
    }
}
