using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using PodConnect.Fulfillment;
using PodConnect.Providers;
using PodConnect.Stores;
using PodConnect.Marketplaces;
using PodConnect.Testing.InProcess;

namespace PodConnect.Tests.Fulfillment;

public sealed class FulfillmentLoopTests
{
    [Fact]
    public async Task An_order_is_held_for_the_buyer_cancel_window_then_placed_and_shipped_with_tracking()
    {
        using var loop = new LoopHarness();
        loop.AddOrder("5001", country: "GB");

        await loop.Reconciler.RunPassAsync();
        Assert.Equal(0, loop.Gelato.Creates + loop.Printful.Creates); // held: the buyer may still cancel

        await loop.AdvanceAsync(TimeSpan.FromHours(1));
        Assert.Equal(1, loop.Gelato.Creates + loop.Printful.Creates);

        await loop.AdvanceAsync(TimeSpan.FromHours(4), times: 12);

        Assert.Equal(1, loop.Marketplace.ShipCount("5001"));
        Assert.Equal(MarketplaceOrderStatus.Shipped, loop.Marketplace.Get("5001").Status);
        var provider = loop.Gelato.Creates == 1 ? loop.Gelato : loop.Printful;
        Assert.Equal(provider.Peek("5001")!.Shipments[0].TrackingNumber, loop.Marketplace.TrackingOf("5001"));
        Assert.NotNull(await loop.Services.GetRequiredService<IDispatchLedgerStore>().FindAsync("5001"));
        Assert.Empty(loop.Monitor.Surfaced);
    }

    [Fact]
    public async Task The_hold_never_makes_an_order_late()
    {
        using var loop = new LoopHarness();
        // Deadline so close that waiting an hour would miss it: placed at once.
        loop.AddOrder("5002", readyToShipBy: LoopHarness.Start.AddHours(9));

        await loop.Reconciler.RunPassAsync();

        Assert.Equal(1, loop.Gelato.Creates + loop.Printful.Creates);
    }

    [Fact]
    public async Task A_buyer_cancellation_in_the_hold_window_means_nothing_is_placed()
    {
        using var loop = new LoopHarness();
        loop.AddOrder("5003");
        await loop.Reconciler.RunPassAsync();

        loop.Marketplace.Cancel("5003");
        await loop.Ingress.ReceiveAsync(loop.Marketplace.Name, loop.Marketplace.CreateWebhook("5003"));
        await loop.AdvanceAsync(TimeSpan.FromHours(2), times: 3);

        Assert.Equal(0, loop.Gelato.Creates + loop.Printful.Creates);
    }

    [Fact]
    public async Task A_cancellation_before_production_cancels_at_the_provider_and_after_it_is_surfaced()
    {
        using var loop = new LoopHarness(o => o.HoldWindow = TimeSpan.Zero);
        loop.AddOrder("5004");
        loop.AddOrder("5005");
        await loop.Reconciler.RunPassAsync();

        loop.Marketplace.Cancel("5004");
        await loop.Ingress.ReceiveAsync(loop.Marketplace.Name, loop.Marketplace.CreateWebhook("5004"));
        await loop.AdvanceAsync(TimeSpan.FromMinutes(1));
        await loop.AdvanceAsync(TimeSpan.FromHours(5));
        loop.Marketplace.Cancel("5005");
        await loop.Ingress.ReceiveAsync(loop.Marketplace.Name, loop.Marketplace.CreateWebhook("5005"));
        await loop.AdvanceAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(PodOrderStatus.Cancelled, (loop.Gelato.Peek("5004") ?? loop.Printful.Peek("5004"))!.Status);
        Assert.Equal(SurfaceReason.CancelTooLate, loop.Monitor.Surfaced["5005"].Reason);
        Assert.False(loop.Monitor.Surfaced.ContainsKey("5004"));
    }

    [Fact]
    public async Task An_unknown_sku_is_surfaced_with_its_name_and_nothing_is_placed()
    {
        using var loop = new LoopHarness(o => o.HoldWindow = TimeSpan.Zero);
        loop.AddOrder("5006", sku: "NOT-IN-CATALOGUE");

        await loop.Reconciler.RunPassAsync();

        var surfaced = loop.Monitor.Surfaced["5006"];
        Assert.Equal(SurfaceReason.UnknownSku, surfaced.Reason);
        Assert.Contains("NOT-IN-CATALOGUE", surfaced.Detail, StringComparison.Ordinal);
        Assert.Equal(0, loop.Gelato.Creates + loop.Printful.Creates);
    }

    [Fact]
    public async Task Routing_considers_only_the_providers_the_catalogue_maps_the_sku_to()
    {
        using var loop = new LoopHarness(o => o.HoldWindow = TimeSpan.Zero);
        loop.AddOrder("5007", sku: "CAP-RED", country: "DE");

        await loop.Reconciler.RunPassAsync();

        Assert.Equal(1, loop.Printful.Creates);
        Assert.Equal(0, loop.Gelato.Creates);
    }

    [Fact]
    public async Task A_carrier_the_shop_does_not_know_surfaces_the_order_and_is_never_guessed()
    {
        using var loop = new LoopHarness(o => o.HoldWindow = TimeSpan.Zero);
        loop.Gelato.Carrier = "Unknown Couriers Ltd";
        loop.Printful.Carrier = "Unknown Couriers Ltd";
        loop.AddOrder("5008");

        await loop.AdvanceAsync(TimeSpan.FromHours(6), times: 12);

        Assert.Equal(SurfaceReason.UnmatchedCarrier, loop.Monitor.Surfaced["5008"].Reason);
        Assert.Equal(0, loop.Marketplace.MarkShippedCalls);
    }

    [Fact]
    public async Task A_carrier_override_maps_a_name_the_match_cannot()
    {
        using var loop = new LoopHarness(o =>
        {
            o.HoldWindow = TimeSpan.Zero;
            o.CarrierOverrides["Unknown Couriers Ltd"] = InProcessMarketplace.Carriers[1].Id;
        });
        loop.Gelato.Carrier = "Unknown Couriers Ltd";
        loop.Printful.Carrier = "Unknown Couriers Ltd";
        loop.AddOrder("5009");

        await loop.AdvanceAsync(TimeSpan.FromHours(6), times: 12);

        Assert.Equal(1, loop.Marketplace.ShipCount("5009"));
        Assert.Empty(loop.Monitor.Surfaced);
    }

    [Fact]
    public async Task A_late_order_raises_a_late_risk_event_when_it_is_routed()
    {
        using var loop = new LoopHarness(o => o.HoldWindow = TimeSpan.Zero);
        var risks = new ConcurrentQueue<LateRisk>(); // raised by the loop's workers, several at once
        loop.Monitor.LateRiskRaised += (_, r) => risks.Enqueue(r);
        loop.AddOrder("5010", readyToShipBy: LoopHarness.Start.AddHours(2));

        await loop.Reconciler.RunPassAsync();

        var risk = Assert.Single(risks);
        Assert.Equal("5010", risk.Order.OrderId);
        Assert.True(risk.Slack < TimeSpan.Zero);
    }
}
