using Microsoft.Extensions.Time.Testing;
using PodConnect.Providers;
using PodConnect.Testing.Providers;

namespace PodConnect.Printful.Tests;

public sealed class PrintfulScheduleTests
{
    [Fact]
    public async Task The_fake_moves_confirmed_orders_on_by_itself_on_its_clock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
        using var h = new PrintfulHarness(fakeTime: clock);
        h.Fake.LifecycleSchedule = new FakeLifecycleSchedule(TimeSpan.FromHours(4), TimeSpan.FromHours(30), TimeSpan.FromDays(4));
        var order = (await h.Provider.PlaceOrderAsync(PrintfulHarness.Order("S-1"))).Order.ProviderOrderId;
        var draft = (await h.Provider.PlaceOrderAsync(PrintfulHarness.Order("S-2", draft: true))).Order.ProviderOrderId;

        clock.Advance(TimeSpan.FromHours(4));
        Assert.Equal(PodOrderStatus.InProduction, (await h.Provider.GetOrderAsync(order)).Status);

        clock.Advance(TimeSpan.FromHours(26));
        var shipped = await h.Provider.GetOrderAsync(order);
        Assert.Equal(PodOrderStatus.Shipped, shipped.Status);
        Assert.Single(shipped.Shipments);

        clock.Advance(TimeSpan.FromDays(4));
        Assert.Equal(PodOrderStatus.Delivered, (await h.Provider.GetOrderAsync(order)).Status);
        Assert.Equal(PodOrderStatus.Received, (await h.Provider.GetOrderAsync(draft)).Status);
    }
}
