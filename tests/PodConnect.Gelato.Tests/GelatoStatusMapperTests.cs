using PodConnect.Gelato.Models;
using PodConnect.Providers;

namespace PodConnect.Gelato.Tests;

public sealed class GelatoStatusMapperTests
{
    [Theory]
    [InlineData("draft", PodOrderStatus.Received)]
    [InlineData("created", PodOrderStatus.Received)]
    [InlineData("uploading", PodOrderStatus.Received)]
    [InlineData("passed", PodOrderStatus.Received)]
    [InlineData("digitizing", PodOrderStatus.Received)]
    [InlineData("pending_approval", PodOrderStatus.OnHold)]
    [InlineData("pending_personalization", PodOrderStatus.OnHold)]
    [InlineData("on_hold", PodOrderStatus.OnHold)]
    [InlineData("not_connected", PodOrderStatus.OnHold)]
    [InlineData("in_production", PodOrderStatus.InProduction)]
    [InlineData("printed", PodOrderStatus.InProduction)]
    [InlineData("shipped", PodOrderStatus.Shipped)]
    [InlineData("in_transit", PodOrderStatus.Shipped)]
    [InlineData("delivered", PodOrderStatus.Delivered)]
    [InlineData("canceled", PodOrderStatus.Cancelled)]
    [InlineData("failed", PodOrderStatus.Failed)]
    [InlineData("returned", PodOrderStatus.Failed)]
    [InlineData("IN_PRODUCTION", PodOrderStatus.InProduction)]
    public void Every_documented_status_maps(string raw, PodOrderStatus expected)
    {
        Assert.Equal(expected, GelatoStatusMapper.Map(new GelatoFulfillmentStatus(raw)));
        Assert.True(new GelatoFulfillmentStatus(raw).IsKnown);
    }

    [Fact]
    public void Every_known_value_is_covered_by_the_theory_above() =>
        Assert.Equal(17, GelatoFulfillmentStatus.Known.Count);

    [Fact]
    public void An_unknown_status_is_kept_and_maps_to_received()
    {
        var status = new GelatoFulfillmentStatus("quality_check");
        Assert.False(status.IsKnown);
        Assert.Equal("quality_check", status.Value);
        Assert.Equal(PodOrderStatus.Received, GelatoStatusMapper.Map(status));
        Assert.Equal(PodOrderStatus.Received, GelatoStatusMapper.Map(default));
    }
}
