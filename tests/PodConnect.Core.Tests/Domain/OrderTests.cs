using PodConnect.Domain;

namespace PodConnect.Core.Tests.Domain;

public class OrderTests
{
    private static readonly Address London = new(CountryCode.GB, "SW1A 1AA", "London", ["10 Downing St"]);

    [Fact]
    public void Empty_id_is_rejected_naming_the_parameter()
    {
        var e = Assert.Throws<ArgumentException>(() => new Order(" ", DateTimeOffset.UnixEpoch, London, [new OrderItem("SKU", ProductKind.Mug, 1)]));
        Assert.Equal("id", e.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Non_positive_quantity_is_rejected_naming_the_value(int quantity)
    {
        var e = Assert.Throws<ArgumentException>(() => new OrderItem("TEE-1", ProductKind.TShirt, quantity));
        Assert.Contains(quantity.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Message, StringComparison.Ordinal);
        Assert.Contains("TEE-1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Order_without_items_is_rejected()
    {
        var e = Assert.Throws<ArgumentException>(() => new Order("1", DateTimeOffset.UnixEpoch, London, []));
        Assert.Contains("no items", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Market_defaults_to_destination_country_and_units_add_up()
    {
        var order = new Order("5770", DateTimeOffset.UnixEpoch, London, [new OrderItem("A", ProductKind.Mug, 2), new OrderItem("B", ProductKind.Poster, 3)]);
        Assert.Equal(CountryCode.GB, order.Market);
        Assert.Equal(5, order.TotalUnits);
        Assert.Same(OrderDeadlines.None, order.Deadlines);
    }

    [Fact]
    public void Subdivision_of_another_country_is_rejected() =>
        Assert.Throws<ArgumentException>(() => new Address(CountryCode.GB, subdivision: SubdivisionCode.Parse("DE-BY")));

    [Fact]
    public void ToString_never_shows_street_or_recipient()
    {
        var order = new Order("5770", DateTimeOffset.UnixEpoch, London, [new OrderItem("A", ProductKind.Mug, 1)], recipient: new Recipient("Jane Doe", "+44 7700 900000", "jane@example.com"));
        var text = order + " " + order.Destination + " " + order.Recipient;
        Assert.DoesNotContain("Downing", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Jane", text, StringComparison.Ordinal);
        Assert.DoesNotContain("7700", text, StringComparison.Ordinal);
        Assert.Contains("SW1A", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Product_kind_normalizes_names()
    {
        Assert.Equal(ProductKind.TShirt, new ProductKind("T_Shirt"));
        Assert.Equal(ProductKind.PhoneCase, new ProductKind("Phone Case"));
        Assert.Throws<ArgumentException>(() => new ProductKind("mug!"));
    }

    [Fact]
    public void Money_refuses_to_mix_currencies()
    {
        var gbp = new Money(10m, "gbp");
        Assert.Equal("GBP", gbp.Currency);
        Assert.Equal(new Money(25m, "GBP"), gbp + (new Money(5m, "GBP") * 3));
        var e = Assert.Throws<InvalidOperationException>(() => gbp + new Money(1m, "EUR"));
        Assert.Contains("EUR", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new Money(1m, "POUNDS"));
    }
}
