namespace PodConnect.TikTokShop.Orders;

/// <summary>TikTok's answer to a seller cancellation (Cancel Order).</summary>
/// <param name="CancelId">The cancellation's id.</param>
/// <param name="CancelStatus">Its status, e.g. <c>CANCELLATION_REQUEST_SUCCESS</c> or <c>CANCELLATION_REQUEST_COMPLETE</c>.</param>
public sealed record TikTokCancellation(string? CancelId, string? CancelStatus);

internal sealed class CancelOrderBody
{
    public string? OrderId { get; init; }

    public string? CancelReason { get; init; }
}

internal sealed class CancelOrderData
{
    public string? CancelId { get; init; }

    public string? CancelStatus { get; init; }
}
