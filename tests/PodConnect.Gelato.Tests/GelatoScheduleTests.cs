using Microsoft.Extensions.Time.Testing;
using PodConnect.Providers;
using PodConnect.Testing.Providers;

namespace PodConnect.Gelato.Tests;

public sealed class GelatoScheduleTests
{
    [Fact]
    public async Task The_fake_moves_orders_on_by_itself_on_its_clock_and_leaves_drafts_alone()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
        using var h = new GelatoHarness(fakeTime: clock);
        h.Fake.LifecycleSchedule = new FakeLifecycleSchedule(TimeSpan.FromHours(2), TimeSpan.FromHours(20), TimeSpan.FromDays(3));
        var order = (await h.Provider.PlaceOrderAsync(GelatoHarness.Order("S-1"))).Order.ProviderOrderId;
        var draft = (await h.Provider.PlaceOrderAsync(GelatoHarness.Order("S-2", draft: true))).Order.ProviderOrderId;

        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(PodOrderStatus.Received, (await h.Provider.GetOrderAsync(order)).Status);

        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(PodOrderStatus.InProduction, (await h.Provider.GetOrderAsync(order)).Status);

        clock.Advance(TimeSpan.FromHours(18));
        var shipped = await h.Provider.GetOrderAsync(order);
        Assert.Equal(PodOrderStatus.Shipped, shipped.Status);
        Assert.NotNull(Assert.Single(shipped.Shipments).TrackingNumber);

        clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(PodOrderStatus.Delivered, (await h.Provider.GetOrderAsync(order)).Status);
        Assert.Equal("draft", (await h.Provider.GetOrderAsync(draft)).RawStatus);
    }
}
