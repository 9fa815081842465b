using PodConnect.Catalog;
using PodConnect.Domain;
using PodConnect.Inventory;
using PodConnect.Providers;
using PodConnect.Routing;
using PodConnect.Sustainability;

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
    public void A_facility_report_rules_out_that_facility_only_and_keeps_the_first_instant_it_was_seen()
    {
        var board = new ProviderAvailabilityBoard(Catalog);

        Assert.False(board.ReportStock("printful", new PodStockChange("1320", PodStockStatus.InStock), At)); // in stock on an empty board: nothing to change
        Assert.True(board.ReportStock("printful", new PodStockChange("1320", PodStockStatus.OutOfStock, "out of stock") { FacilityId = "printful-gb-birmingham" }, At));
        Assert.False(board.ReportStock("printful", new PodStockChange("1320", PodStockStatus.OutOfStock, "out of stock") { FacilityId = "printful-gb-birmingham" }, At.AddMinutes(15))); // still out: nothing new

        var stockOut = Assert.Single(board.Current.StockOuts);
        Assert.Equal(("MUG", "printful-gb-birmingham", At), (stockOut.Sku, stockOut.FacilityId, stockOut.From));
        Assert.Contains("at printful-gb-birmingham", stockOut.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_provider_wide_report_replaces_older_facility_reports_and_an_older_facility_report_changes_nothing()
    {
        var board = new ProviderAvailabilityBoard(Catalog);
        board.ReportStock("printful", new PodStockChange("1320", PodStockStatus.OutOfStock) { FacilityId = "printful-lv-riga" }, At);

        Assert.True(board.ReportStock("printful", new PodStockChange("1320", PodStockStatus.InStock), At.AddMinutes(5))); // a newer webhook: in stock
        Assert.True(board.Current.IsEmpty);
        Assert.False(board.ReportStock("printful", new PodStockChange("1320", PodStockStatus.OutOfStock) { FacilityId = "printful-lv-riga" }, At.AddMinutes(1))); // a poll that started before it
        Assert.True(board.Current.IsEmpty);
    }

    [Fact]
    public void A_poll_that_started_before_a_webhook_said_out_of_stock_never_puts_it_back_in_stock()
    {
        var board = new ProviderAvailabilityBoard(Catalog);
        board.ReportStock("printful", new PodStockChange("1320", PodStockStatus.OutOfStock, "out of stock"), At.AddSeconds(30)); // webhook

        Assert.False(board.ReportStock("printful", new PodStockChange("1320", PodStockStatus.InStock), At)); // poll dated when it started
        Assert.False(board.ReportStock("printful", new PodStockChange("1320", PodStockStatus.InStock) { FacilityId = "printful-lv-riga" }, At));

        Assert.Equal("MUG", Assert.Single(board.Current.StockOuts).Sku);
        Assert.True(board.ReportStock("printful", new PodStockChange("1320", PodStockStatus.InStock), At.AddMinutes(15))); // the next poll is newer
        Assert.True(board.Current.IsEmpty);
    }

    [Fact]
    public void Routing_skips_a_facility_out_of_stock_and_still_uses_the_providers_other_facility()
    {
        var network = FacilityNetwork.Create("two")
            .AddFacility("printful-gb-birmingham", "printful", CountryCode.GB, new GeoPoint(52.48, -1.90), "Europe/London", f => f.Makes(ProductKind.Mug, 1, 5m).ShipsTo(CountryCode.GB, 2, 4m, "Royal Mail"))
            .AddFacility("printful-lv-riga", "printful", CountryCode.Parse("LV"), new GeoPoint(56.95, 24.1), "Europe/Riga", f => f.Makes(ProductKind.Mug, 1, 5m).ShipsTo(CountryCode.GB, 3, 6m, "DPD"))
            .Build().Compile();
        var router = new Router(network, RoutingPolicy.Create().PreferLocal().Build());
        var board = new ProviderAvailabilityBoard(Catalog);
        board.ReportStock("printful", new PodStockChange("1320", PodStockStatus.OutOfStock) { FacilityId = "printful-gb-birmingham" }, At);
        var order = new Order("o-1", At.AddHours(1), new Address(CountryCode.GB, "B1 1AA", "Birmingham", ["1 New Street"]), [new OrderItem("MUG", ProductKind.Mug, 1)]);

        var decision = router.Route(order, At.AddHours(1), new RoutingConditions(Availability: board.Current));

        Assert.Equal("printful-lv-riga", decision.FacilityId);
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
