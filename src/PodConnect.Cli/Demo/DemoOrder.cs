using PodConnect.Domain;

namespace PodConnect.Cli.Demo;

/// <summary>One buyer's order in the spike, as drawn from the seed.</summary>
/// <param name="Id">TikTok order id (18 digits, as TikTok's are).</param>
/// <param name="PlacedAt">When the buyer paid.</param>
/// <param name="Place">Where the buyer lives.</param>
/// <param name="Product">What they bought.</param>
/// <param name="Quantity">How many.</param>
/// <param name="SlipsProduction">Whether production at the provider runs a working day late (a machine down, a reprint).</param>
internal sealed record DemoOrder(string Id, DateTimeOffset PlacedAt, DemoShop.Place Place, DemoShop.Product Product, int Quantity, bool SlipsProduction)
{
    /// <summary>The order as Core sees it (for its market's dispatch deadline and for CO2e).</summary>
    public Order ToCoreOrder() =>
        new(
            Id,
            PlacedAt,
            new Address(CountryCode.Parse(Place.Country), Place.PostalCode, Place.Town, subdivision: Place.Subdivision is { } s ? SubdivisionCode.Parse(s) : null),
            [new OrderItem(Product.Sku, Product.Kind, Quantity)]);
}
