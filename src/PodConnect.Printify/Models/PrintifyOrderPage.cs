namespace PodConnect.Printify.Models;

/// <summary>A Laravel-style page of <c>GET /v1/shops/{shop_id}/orders.json</c>.</summary>
internal sealed class PrintifyOrderPage
{
    public int? CurrentPage { get; set; }

    public int? LastPage { get; set; }

    public string? NextPageUrl { get; set; }

    public IReadOnlyList<PrintifyOrder?>? Data { get; set; }
}
