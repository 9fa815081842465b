using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PodConnect.Fulfillment;
using PodConnect.Marketplaces;

namespace PodConnect.Tests.Fulfillment;

/// <summary>Cancelling on the marketplace is the user's explicit choice per surfaced reason; by default the loop only surfaces.</summary>
public sealed class FulfillmentMarketplaceCancelTests
{
    [Fact]
    public async Task By_default_an_unfulfillable_order_is_surfaced_and_never_cancelled()
    {
        using var loop = new LoopHarness();
        loop.AddOrder("6001", sku: "POSTER-A3", createdAt: LoopHarness.Start.AddHours(-2));

        await loop.AdvanceAsync(TimeSpan.FromMinutes(30), times: 4);

        Assert.Equal(SurfaceReason.UnknownSku, loop.Monitor.Surfaced["6001"].Reason);
        Assert.Equal(MarketplaceOrderStatus.AwaitingShipment, loop.Marketplace.Get("6001").Status);
        Assert.Empty(loop.Marketplace.SellerCancellations);
    }

    [Fact]
    public async Task A_chosen_reason_cancels_the_order_on_the_marketplace_once_and_the_loop_finishes_it()
    {
        using var loop = new LoopHarness(o => o.CancelOnMarketplace[SurfaceReason.UnknownSku] = MarketplaceCancelReason.OutOfStock);
        loop.AddOrder("6002", sku: "POSTER-A3", createdAt: LoopHarness.Start.AddHours(-2));
        loop.AddOrder("6003", createdAt: LoopHarness.Start.AddHours(-2));

        await loop.AdvanceAsync(TimeSpan.FromMinutes(30), times: 4);

        Assert.Equal(MarketplaceOrderStatus.Cancelled, loop.Marketplace.Get("6002").Status);
        Assert.Equal(MarketplaceCancelReason.OutOfStock, loop.Marketplace.SellerCancellations["6002"]);
        Assert.Equal(1, loop.Marketplace.CallsByKind["CancelOrderAsync"]);
        Assert.False(loop.Monitor.Surfaced.ContainsKey("6002")); // read back cancelled: nothing left to do
        Assert.Equal(0, loop.Gelato.Creates + loop.Printful.Creates - 1); // only the good order was placed
        Assert.False(loop.Marketplace.SellerCancellations.ContainsKey("6003"));
    }

    [Fact]
    public async Task Under_marketplace_faults_the_cancellation_still_lands_and_the_order_is_finished()
    {
        using var loop = new LoopHarness(o => o.CancelOnMarketplace[SurfaceReason.UnknownSku] = MarketplaceCancelReason.OutOfStock);
        loop.Marketplace.Faults.FailureRate = 0.4; // 5xx, 429, resets, and answers lost after the cancellation took effect
        loop.AddOrder("6004", sku: "POSTER-A3", createdAt: LoopHarness.Start.AddHours(-2));

        await loop.AdvanceAsync(TimeSpan.FromMinutes(30), times: 40);

        Assert.Equal(MarketplaceOrderStatus.Cancelled, loop.Marketplace.Get("6004").Status);
        Assert.False(loop.Monitor.Surfaced.ContainsKey("6004"));
        Assert.NotEmpty(loop.Marketplace.Faults.Injected);
    }

    [Fact]
    public void The_choice_binds_from_configuration()
    {
        var section = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Fulfillment:CancelOnMarketplace:Unroutable"] = "CannotDeliverToAddress" })
            .Build().GetSection("Fulfillment");
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(LoopHarness.Start);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton<IMarketplace>(new PodConnect.Testing.InProcess.InProcessMarketplace(time));
        services.AddSingleton<PodConnect.Providers.IPodProvider>(new PodConnect.Testing.InProcess.InProcessPodProvider("gelato", time));
        services.AddSingleton<PodConnect.Providers.IPodProvider>(new PodConnect.Testing.InProcess.InProcessPodProvider("printful", time));
        services.AddPodConnect(pod => pod.UseCatalog(LoopHarness.DefaultCatalog()).RunFulfillment(section));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<FulfillmentOptions>>().Value;

        Assert.Equal(MarketplaceCancelReason.CannotDeliverToAddress, options.CancelOnMarketplace[SurfaceReason.Unroutable]);
    }

    [Fact]
    public void Reasons_where_the_order_may_be_in_production_are_refused_at_start_up_naming_the_setting()
    {
        var e = Assert.ThrowsAny<Exception>(() => new LoopHarness(o => o.CancelOnMarketplace[SurfaceReason.CancelTooLate] = MarketplaceCancelReason.OutOfStock));

        Assert.Contains("CancelOnMarketplace:CancelTooLate", e.Message, StringComparison.Ordinal);
    }
}
