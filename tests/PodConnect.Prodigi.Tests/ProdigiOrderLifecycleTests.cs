using PodConnect.Errors;
using PodConnect.Prodigi.Models;
using PodConnect.Providers;

namespace PodConnect.Prodigi.Tests;

public class ProdigiOrderLifecycleTests
{
    [Fact]
    public async Task Quotes_name_each_method_with_the_lab_country_and_the_products_cost()
    {
        using var h = new ProdigiHarness();
        h.Fake.LabCountry = "NL";
        var quote = await h.Provider.QuoteAsync(ProdigiHarness.Order());

        Assert.Equal(["Budget", "Standard", "Express", "Overnight"], quote.ShippingOptions.Select(o => o.MethodId));
        Assert.All(quote.ShippingOptions, o => Assert.Equal("NL", o.ProductionCountry?.Value));
        Assert.Equal(15.00m, quote.ProductsCost?.Amount);
        Assert.Equal("GBP", quote.ProductsCost?.Currency);
        Assert.Equal(["NL"], quote.ProductionCountries.Select(c => c.Value));
    }

    [Fact]
    public async Task A_shipped_order_carries_its_carrier_and_tracking()
    {
        using var h = new ProdigiHarness();
        var placed = await h.Provider.PlaceOrderAsync(ProdigiHarness.Order());
        await h.Fake.ShipAsync(placed.Order.ProviderOrderId);

        var order = await h.Provider.GetOrderAsync(placed.Order.ProviderOrderId);
        Assert.Equal(PodOrderStatus.Shipped, order.Status);
        Assert.Equal("Complete", order.RawStatus);
        var shipment = Assert.Single(order.Shipments);
        Assert.Equal("royalmail", shipment.Carrier);
        Assert.Equal("RM123456785GB", shipment.TrackingNumber);
        Assert.Equal(new Uri("https://track.example/RM123456785GB"), shipment.TrackingUrl);
        Assert.NotNull(shipment.ShippedAt);
    }

    [Fact]
    public async Task Production_is_reported_and_then_cancel_is_a_conflict()
    {
        using var h = new ProdigiHarness();
        var placed = await h.Provider.PlaceOrderAsync(ProdigiHarness.Order());
        h.Fake.StartProduction(placed.Order.ProviderOrderId);

        Assert.Equal(PodOrderStatus.InProduction, (await h.Provider.GetOrderAsync(placed.Order.ProviderOrderId)).Status);
        Assert.False((await h.Client.GetActionsAsync(placed.Order.ProviderOrderId)).Cancel?.IsAvailable);
        var e = await Assert.ThrowsAsync<ConflictException>(() => h.Provider.CancelOrderAsync(placed.Order.ProviderOrderId));
        Assert.Equal("FailedToCancel", e.ErrorCode);
    }

    [Fact]
    public async Task Cancelling_before_production_cancels_and_cancelling_again_returns_the_cancelled_order()
    {
        using var h = new ProdigiHarness();
        var placed = await h.Provider.PlaceOrderAsync(ProdigiHarness.Order());
        Assert.True((await h.Client.GetActionsAsync(placed.Order.ProviderOrderId)).Cancel?.IsAvailable);

        var cancelled = await h.Provider.CancelOrderAsync(placed.Order.ProviderOrderId);
        var again = await h.Provider.CancelOrderAsync(placed.Order.ProviderOrderId);

        Assert.Equal(PodOrderStatus.Cancelled, cancelled.Status);
        Assert.Equal(PodOrderStatus.Cancelled, again.Status);
    }

    [Fact]
    public async Task An_unknown_order_is_not_found()
    {
        using var h = new ProdigiHarness();
        var e = await Assert.ThrowsAsync<NotFoundException>(() => h.Provider.GetOrderAsync("ord_404"));
        Assert.Equal("EntityNotFound", e.ErrorCode);
    }

    [Fact]
    public async Task A_wrong_key_is_an_authentication_error_that_does_not_show_the_key()
    {
        using var h = new ProdigiHarness(o => o.ApiKey = "wrong-secret-key");
        var e = await Assert.ThrowsAsync<AuthenticationException>(() => h.Provider.GetOrderAsync("ord_1"));
        Assert.DoesNotContain("wrong-secret-key", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_created_with_issues_order_with_a_failed_asset_is_failed()
    {
        using var h = new ProdigiHarness();
        var placed = await h.Provider.PlaceOrderAsync(ProdigiHarness.Order());
        h.Fake.AddIssue(placed.Order.ProviderOrderId, ProdigiIssue.Codes.AssetFailedToDownload);

        Assert.Equal(PodOrderStatus.Failed, (await h.Provider.GetOrderAsync(placed.Order.ProviderOrderId)).Status);
    }
}
