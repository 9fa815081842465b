using Microsoft.Extensions.DependencyInjection;
using PodConnect.Health;
using PodConnect.Redis.Stores;
using PodConnect.Redis.Tests.Infrastructure;
using PodConnect.Stores;

namespace PodConnect.Redis.Tests;

/// <summary>One call replaces every in-memory default; bad options fail at registration naming the setting.</summary>
public sealed class RedisRegistrationTests
{
    [Fact]
    public void UseRedis_replaces_every_store_and_adds_a_health_probe_even_while_Redis_is_down()
    {
        var services = new ServiceCollection();
        services.AddPodConnect(pod => pod.UseRedis("127.0.0.1:1,connectTimeout=200"));
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

        Assert.IsType<RedisPlacedOrderIndex>(provider.GetRequiredService<IPlacedOrderIndex>());
        Assert.IsType<RedisDispatchLedgerStore>(provider.GetRequiredService<IDispatchLedgerStore>());
        Assert.IsType<RedisHealthLedgerStore>(provider.GetRequiredService<IHealthLedgerStore>());
        Assert.IsType<RedisCapacityCounters>(provider.GetRequiredService<ICapacityCounters>());
        Assert.IsType<RedisWebhookDeduplication>(provider.GetRequiredService<IWebhookDeduplication>());
        Assert.IsType<RedisOrderLeases>(provider.GetRequiredService<IOrderLeases>());
        Assert.Single(provider.GetServices<IStoreHealthProbe>(), p => p.Name == "redis");
    }

    [Fact]
    public async Task A_borrowed_connection_is_left_open_when_the_container_is_disposed()
    {
        using var connection = RedisServer.Connect("127.0.0.1:1,connectTimeout=200");
        var services = new ServiceCollection();
        services.AddPodConnect(pod => pod.UseRedis(connection, o => o.KeyPrefix = "shop-a"));
        using (var provider = services.BuildServiceProvider())
        {
            _ = provider.GetRequiredService<IOrderLeases>();
        }

        // Still the app's: a command fails only because nothing listens, not because PodConnect disposed it.
        var e = await Record.ExceptionAsync(() => connection.GetDatabase().PingAsync());
        Assert.IsNotType<ObjectDisposedException>(e);
    }

    [Theory]
    [InlineData("", "KeyPrefix")]
    [InlineData(" ", "KeyPrefix")]
    public void A_blank_key_prefix_is_refused_naming_the_setting(string prefix, string setting)
    {
        var e = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddPodConnect(pod => pod.UseRedis("127.0.0.1:1", o => o.KeyPrefix = prefix)));

        Assert.Contains(setting, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_retention_shorter_than_the_dispatch_rate_window_is_refused()
    {
        var e = Assert.Throws<ArgumentException>(() => new ServiceCollection().AddPodConnect(pod => pod.UseRedis("127.0.0.1:1", o => o.RecordRetention = TimeSpan.FromDays(7))));

        Assert.Contains("RecordRetention", e.Message, StringComparison.Ordinal);
    }
}
