namespace PodConnect.Gelato.Models;

/// <summary>The body of <c>PATCH /v4/orders/{id}</c> that turns a draft into an order.</summary>
internal sealed class GelatoConfirmDraftRequest
{
    /// <summary>Always <c>order</c>.</summary>
    public string OrderType { get; init; } = GelatoOrderTypes.Order;
}
