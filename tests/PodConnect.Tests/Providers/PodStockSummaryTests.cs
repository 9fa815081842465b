using PodConnect.Providers;

namespace PodConnect.Tests.Providers;

/// <summary>Per-region stock becomes one provider-wide change and one per mapped facility, combined the same way everywhere.</summary>
public sealed class PodStockSummaryTests
{
    private static readonly Dictionary<string, string[]> Table = new(StringComparer.OrdinalIgnoreCase)
    {
        ["uk"] = ["gb-1"],
        ["europe"] = ["lv-1", "es-1"],
        ["latvia"] = ["lv-1"],
    };

    [Theory]
    [InlineData(PodStockStatus.InStock, PodStockStatus.OutOfStock, PodStockStatus.InStock)]
    [InlineData(PodStockStatus.OutOfStock, PodStockStatus.Discontinued, PodStockStatus.OutOfStock)]
    [InlineData(PodStockStatus.Discontinued, PodStockStatus.Discontinued, PodStockStatus.Discontinued)]
    [InlineData(PodStockStatus.Unknown, PodStockStatus.Discontinued, PodStockStatus.Discontinued)]
    [InlineData(PodStockStatus.OutOfStock, PodStockStatus.Unknown, PodStockStatus.OutOfStock)]
    public void In_stock_anywhere_wins_out_of_stock_beats_discontinued_and_unknown_says_nothing(PodStockStatus a, PodStockStatus b, PodStockStatus combined)
    {
        Assert.Equal(combined, PodStockSummary.Combine(a, b));
        Assert.Equal(combined, PodStockSummary.Combine(b, a));
    }

    [Fact]
    public void A_region_out_of_stock_marks_its_facilities_while_the_provider_as_a_whole_stays_in_stock()
    {
        var changes = PodStockSummary.ByFacility("4012",
        [
            new("worldwide", PodStockStatus.InStock, "in stock"),
            new("uk", PodStockStatus.OutOfStock, "out of stock"),
            new("europe", PodStockStatus.OutOfStock, "out of stock"),
            new("latvia", PodStockStatus.InStock, "in stock"), // Riga has it even though "europe" as a whole does not
            new("japan", PodStockStatus.Discontinued, "not fulfillable"),
        ], Table);

        Assert.Equal(
            [(null, PodStockStatus.InStock), ("es-1", PodStockStatus.OutOfStock), ("gb-1", PodStockStatus.OutOfStock), ("lv-1", PodStockStatus.InStock)],
            changes.Select(c => (c.FacilityId, c.Status)));
        Assert.All(changes, c => Assert.Equal("4012", c.ProductId));
        Assert.Equal("out of stock", changes.Single(c => c.FacilityId == "gb-1").RawStatus);
    }

    [Fact]
    public void Nothing_known_gives_no_change_at_all()
    {
        Assert.Empty(PodStockSummary.ByFacility("4012", [new("uk", PodStockStatus.Unknown, "unknown")], Table));
        Assert.Empty(PodStockSummary.ByFacility("4012", [], Table));
    }
}
