using PodConnect.Catalog;
using PodConnect.Domain;
using PodConnect.Inventory;
using PodConnect.Providers;
using PodConnect.Routing;

namespace PodConnect.Tests.Inventory;

/// <summary>Provider stock signals become stock-outs of the catalogue's SKUs, in the snapshot routing and the guard both read.</summary>
public sealed class ProviderAvailabilityBoardTests
{
    private static readonly DateTimeOffset At = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly PodPrintFile File = new("front", new Uri("https://cdn.example/tee.png"));

    private static readonly IProductCatalog Catalog = ProductCatalog.Create()
        .Add("TEE-M", ProductKind.TShirt, p => p.At("printful", "4012", File).At("gelato", "tee-m", File))
        .Add("TEE-M-ORGANIC", ProductKind.TShirt, p => p.At("printful", "4012", File))
        .Add("MUG", ProductKind.Mug, p => p.At("printful", "1320", File))
        .Build();

    [Fact]
    public void An_out_of_stock_variant_rules_out_that_provider_for_every_SKU_made_from_it_and_no_other()
    {
        var board = new ProviderAvailabilityBoard(Catalog);

        Assert.True(board.ReportStock("printful", new PodStockChange("4012", PodStockStatus.OutOfStock), At));

        var stockOuts = board.Current.StockOuts;
        Assert.Equal(["TEE-M", "TEE-M-ORGANIC"], stockOuts.Select(s => s.Sku).Order(StringComparer.Ordinal));
        Assert.All(stockOuts, s => Assert.Equal("printful", s.Provider));
        Assert.All(stockOuts, s => Assert.Equal(At, s.From));
    }

    [Fact]
    public void Back_in_stock_clears_it_and_every_change_moves_the_version()
    {
        var board = new ProviderAvailabilityBoard(Catalog);
        board.ReportStock("printful", new PodStockChange("4012", PodStockStatus.Discontinued), At);
        var version = board.Version;

        Assert.True(board.ReportStock("printful", new PodStockChange("4012", PodStockStatus.InStock), At.AddMinutes(5)));

        Assert.True(board.Current.IsEmpty);
        Assert.True(board.Version > version);
    }

    [Fact]
    public void A_report_older_than_the_last_one_for_the_product_changes_nothing()
    {
        var board = new ProviderAvailabilityBoard(Catalog);
        board.ReportStock("printful", new PodStockChange("4012", PodStockStatus.InStock), At.AddMinutes(5));

        Assert.False(board.ReportStock("printful", new PodStockChange("4012", PodStockStatus.OutOfStock), At)); // delivered late

        Assert.True(board.Current.IsEmpty);
    }

    [Theory]
    [InlineData("printful", "9999", PodStockStatus.OutOfStock)] // not in the catalogue
    [InlineData("gelato", "4012", PodStockStatus.OutOfStock)] // another provider's id
    [InlineData("printful", "4012", PodStockStatus.Unknown)]
    public void Signals_the_catalogue_cannot_place_or_that_say_nothing_change_nothing(string provider, string product, PodStockStatus status)
    {
        var board = new ProviderAvailabilityBoard(Catalog);

        Assert.False(board.ReportStock(provider, new PodStockChange(product, status), At));
        Assert.Equal(0, board.Version);
    }

    [Fact]
    public void Closures_are_published_and_cleared_per_provider()
    {
        var board = new ProviderAvailabilityBoard(Catalog);
        board.AddClosure(new Closure("gelato", null, At, At.AddDays(1), "outage"));

        Assert.Single(board.Current.Closures);
        board.ClearClosures("gelato");
        Assert.True(board.Current.IsEmpty);
    }
}
