using PodConnect.Printful.Models;
using PodConnect.Providers;

namespace PodConnect.Printful.Tests;

public sealed class PrintfulStatusMapperTests
{
    [Theory]
    [InlineData("draft", PodOrderStatus.Received)]
    [InlineData("pending", PodOrderStatus.Received)]
    [InlineData("failed", PodOrderStatus.Failed)]
    [InlineData("canceled", PodOrderStatus.Cancelled)]
    [InlineData("inprocess", PodOrderStatus.InProduction)]
    [InlineData("onhold", PodOrderStatus.OnHold)]
    [InlineData("partial", PodOrderStatus.Shipped)]
    [InlineData("fulfilled", PodOrderStatus.Shipped)]
    [InlineData("archived", PodOrderStatus.Received)]
    public void Every_documented_status_maps(string raw, PodOrderStatus expected)
    {
        Assert.Equal(expected, PrintfulStatusMapper.Map(new PrintfulOrderStatus(raw)));
        Assert.True(new PrintfulOrderStatus(raw).IsKnown);
    }

    [Fact]
    public void The_theory_covers_every_known_value() => Assert.Equal(9, PrintfulOrderStatus.Known.Count);

    [Fact]
    public void An_unknown_status_is_kept_and_maps_to_received()
    {
        var status = new PrintfulOrderStatus("awaiting_stock");
        Assert.False(status.IsKnown);
        Assert.Equal(PodOrderStatus.Received, PrintfulStatusMapper.Map(status));
        Assert.Equal(PodOrderStatus.Received, PrintfulStatusMapper.Map(default));
    }

    [Fact]
    public async Task An_unknown_status_from_the_wire_round_trips_through_the_provider()
    {
        using var h = new PrintfulHarness();
        var placed = await h.Provider.PlaceOrderAsync(PrintfulHarness.Order());
        await h.Fake.SetStatusAsync(long.Parse(placed.Order.ProviderOrderId), "awaiting_stock");

        var order = await h.Provider.GetOrderAsync(placed.Order.ProviderOrderId);

        Assert.Equal("awaiting_stock", order.RawStatus);
        Assert.Equal(PodOrderStatus.Received, order.Status);
    }
}
