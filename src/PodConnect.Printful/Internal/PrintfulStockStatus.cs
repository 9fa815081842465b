using PodConnect.Providers;

namespace PodConnect.Printful.Internal;

/// <summary>
/// Printful's stock words, wherever they appear, normalized once: the availability API's <c>in stock</c>,
/// <c>out of stock</c>, <c>not fulfillable</c>, <c>unknown</c>; the <c>catalog_stock_updated</c> webhook's
/// <c>on demand</c>, <c>discontinued</c>, <c>not fulfilled</c>; and the snake_case forms of the spec's
/// <c>AvailabilityStatus</c> (<c>in_stock</c>, <c>stocked_on_demand</c>, <c>out_of_stock</c>). Case and
/// <c>_</c>/space are ignored; any other word is unknown (changes nothing).
/// </summary>
internal static class PrintfulStockStatus
{
    public static PodStockStatus Map(string? availability) => availability?.Replace('_', ' ').Trim().ToLowerInvariant() switch
    {
        "in stock" or "on demand" or "stocked on demand" => PodStockStatus.InStock,
        "out of stock" => PodStockStatus.OutOfStock,
        "discontinued" or "not fulfilled" or "not fulfillable" => PodStockStatus.Discontinued,
        _ => PodStockStatus.Unknown,
    };
}
