using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Time.Testing;
using PodConnect.Dispatch;
using PodConnect.Health;
using PodConnect.Redis.Stores;
using PodConnect.Redis.Tests.Infrastructure;
using PodConnect.Stores;

namespace PodConnect.Redis.Tests;

/// <summary>
/// Redis down (nothing listens on the port): every store fails fast with the typed
/// <see cref="StoreUnavailableException"/> — never a StackExchange.Redis type, never a hang — and the probe says Unhealthy.
/// Needs no server, so it runs everywhere.
/// </summary>
public sealed class RedisUnavailableTests
{
    // One connection to a dead port for the class (connecting waits out the connect timeout once).
    private static readonly Lazy<StackExchange.Redis.ConnectionMultiplexer> DeadConnection = new(() => RedisServer.Connect("127.0.0.1:" + FreePort(), failFast: true));
    private readonly RedisStoreContext _context;

    public RedisUnavailableTests() =>
        _context = new RedisStoreContext(DeadConnection.Value, new RedisStoreOptions(), new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero)));

    public static TheoryData<string> Operations => ["lease", "is-current", "release", "reserve", "release-capacity", "booked", "dedup", "add", "update", "find", "find-by-provider", "coverage", "record", "find-dispatch", "read-since", "health-record", "health-find", "health-read", "health-shops", "health-prune"];

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Every_operation_fails_fast_with_a_typed_error(string operation)
    {
        var started = Stopwatch.GetTimestamp();
        var e = await Assert.ThrowsAsync<StoreUnavailableException>(async () => await RunAsync(operation));

        Assert.Equal("redis", e.Service);
        Assert.DoesNotContain("password", e.Message, StringComparison.OrdinalIgnoreCase);
        Assert.True(Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(30), "a store call must give up, not hang"); // a hang guard, not a speed test
    }

    [Fact]
    public async Task The_health_probe_reports_unhealthy_without_throwing()
    {
        var health = await new RedisHealthProbe(_context).CheckAsync();

        Assert.False(health.IsHealthy);
    }

    private async Task RunAsync(string operation)
    {
        var lease = new OrderLease("5770001", "a", 1, DateTimeOffset.MaxValue);
        var placed = new PlacedOrder("shop", "5770001", "gelato", DateTimeOffset.UnixEpoch) { ProviderOrderId = "g-1" };
        var day = new DateOnly(2026, 3, 3);
        switch (operation)
        {
            case "lease": await new RedisOrderLeases(_context).TryAcquireAsync("5770001", "a", TimeSpan.FromMinutes(1)); break;
            case "is-current": await new RedisOrderLeases(_context).IsCurrentAsync(lease); break;
            case "release": await new RedisOrderLeases(_context).ReleaseAsync(lease); break;
            case "reserve": await new RedisCapacityCounters(_context).TryReserveAsync("f", day, 1, 5); break;
            case "release-capacity": await new RedisCapacityCounters(_context).ReleaseAsync("f", day, 1); break;
            case "booked": await new RedisCapacityCounters(_context).GetBookedAsync("f", day); break;
            case "dedup": await new RedisWebhookDeduplication(_context).TryMarkSeenAsync("tiktokshop", "e", TimeSpan.FromHours(1)); break;
            case "add": await new RedisPlacedOrderIndex(_context).TryAddAsync(placed); break;
            case "update": await new RedisPlacedOrderIndex(_context).UpdateAsync(placed); break;
            case "find": await new RedisPlacedOrderIndex(_context).FindAsync("5770001"); break;
            case "find-by-provider": await new RedisPlacedOrderIndex(_context).FindByProviderOrderAsync("gelato", "g-1"); break;
            case "coverage": await new RedisPlacedOrderIndex(_context).GetCoverageStartAsync(); break;
            case "record": await new RedisDispatchLedgerStore(_context).TryRecordAsync(new DispatchRecord("5770001", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch)); break;
            case "find-dispatch": await new RedisDispatchLedgerStore(_context).FindAsync("5770001"); break;
            case "read-since": await new RedisDispatchLedgerStore(_context).ReadSinceAsync(DateTimeOffset.UnixEpoch); break;
            case "health-record": await new RedisHealthLedgerStore(_context).RecordAsync(new OrderHealthRecord("shop", "5770001", DateTimeOffset.UnixEpoch)); break;
            case "health-find": await new RedisHealthLedgerStore(_context).FindAsync("shop", "5770001"); break;
            case "health-read": await new RedisHealthLedgerStore(_context).ReadShopAsync("shop", DateTimeOffset.UnixEpoch); break;
            case "health-shops": await new RedisHealthLedgerStore(_context).GetShopIdsAsync(); break;
            case "health-prune": await new RedisHealthLedgerStore(_context).PruneAsync(DateTimeOffset.UnixEpoch); break;
            default: throw new ArgumentOutOfRangeException(nameof(operation));
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
