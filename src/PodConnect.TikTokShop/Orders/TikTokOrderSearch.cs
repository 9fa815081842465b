namespace PodConnect.TikTokShop.Orders;

/// <summary>Filters and sorting of Search Orders (all optional).</summary>
public sealed class TikTokOrderSearch
{
    /// <summary>Only orders in this status.</summary>
    public TikTokOrderStatus? Status { get; init; }

    /// <summary>Created at or after.</summary>
    public DateTimeOffset? CreatedFrom { get; init; }

    /// <summary>Created before.</summary>
    public DateTimeOffset? CreatedBefore { get; init; }

    /// <summary>Updated at or after (poll with an overlapping window and de-duplicate by id).</summary>
    public DateTimeOffset? UpdatedFrom { get; init; }

    /// <summary>Updated before.</summary>
    public DateTimeOffset? UpdatedBefore { get; init; }

    /// <summary><c>TIKTOK</c> or <c>SELLER</c>.</summary>
    public string? ShippingType { get; init; }

    /// <summary>Only this buyer's orders.</summary>
    public string? BuyerUserId { get; init; }

    /// <summary>Only orders with (or without) a pending buyer cancellation request.</summary>
    public bool? IsBuyerRequestCancel { get; init; }

    /// <summary>Only orders from these warehouses (max 100).</summary>
    public IReadOnlyList<string>? WarehouseIds { get; init; }

    /// <summary>Orders per page, 1–100. Default 50.</summary>
    public int PageSize { get; init; } = 50;

    /// <summary>Sort by <c>update_time</c> instead of <c>create_time</c>.</summary>
    public bool SortByUpdateTime { get; init; }

    /// <summary>Ascending instead of TikTok's default descending.</summary>
    public bool Ascending { get; init; }
}

/// <summary>One page of Search Orders.</summary>
/// <param name="Orders">The orders of this page.</param>
/// <param name="NextPageToken">Pass to resume after this page; <c>null</c> on the last page.</param>
/// <param name="TotalCount">How many orders match in total.</param>
public sealed record TikTokOrderPage(IReadOnlyList<TikTokOrder> Orders, string? NextPageToken, int TotalCount);

internal sealed class OrderSearchBody
{
    public string? OrderStatus { get; init; }

    public long? CreateTimeGe { get; init; }

    public long? CreateTimeLt { get; init; }

    public long? UpdateTimeGe { get; init; }

    public long? UpdateTimeLt { get; init; }

    public string? ShippingType { get; init; }

    public string? BuyerUserId { get; init; }

    public bool? IsBuyerRequestCancel { get; init; }

    public IReadOnlyList<string>? WarehouseIds { get; init; }
}

internal sealed class OrderListData
{
    public IReadOnlyList<TikTokOrder>? Orders { get; init; }

    public string? NextPageToken { get; init; }

    public int TotalCount { get; init; }
}

internal sealed class OrderDetailData
{
    public IReadOnlyList<TikTokOrder>? Orders { get; init; }
}
