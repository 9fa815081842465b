using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using Microsoft.Extensions.DependencyInjection;
using PodConnect.Stores;
using StackExchange.Redis;

namespace PodConnect.Benchmarks.Redis;

/// <summary>
/// The loop's hot store operations on Redis beside the in-memory defaults (the baseline of each
/// category): take and give back an order lease, reserve a capacity unit, mark a webhook seen. Redis
/// costs a network round trip (one Lua script) per call; the allocations are the client's. Needs
/// <c>PODCONNECT_REDIS</c> (host:port; <c>.ci/run</c> starts a server); without it the class is filtered out
/// with a message, so the dry CI job never fails for want of a server.
/// Run: <c>PODCONNECT_REDIS=127.0.0.1:6379 dotnet run -c Release --project benchmarks/PodConnect.Benchmarks -- --filter '*RedisStore*'</c>
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[Config(typeof(RedisAvailableConfig))]
public class RedisStoreBenchmarks
{
    private static readonly DateOnly Day = new(2026, 3, 3);
    private ConnectionMultiplexer _connection = null!;
    private ServiceProvider _redis = null!;
    private ServiceProvider _memory = null!;
    private IOrderLeases _redisLeases = null!;
    private IOrderLeases _memoryLeases = null!;
    private ICapacityCounters _redisCapacity = null!;
    private ICapacityCounters _memoryCapacity = null!;
    private IWebhookDeduplication _redisDedup = null!;
    private IWebhookDeduplication _memoryDedup = null!;
    private long _next;

    [GlobalSetup]
    public void SetUp()
    {
        _connection = ConnectionMultiplexer.Connect(Environment.GetEnvironmentVariable(RedisAvailableConfig.Variable)!);
        _redis = Build(pod => pod.UseRedis(_connection, o => o.KeyPrefix = "bench-" + Guid.NewGuid().ToString("N")));
        _memory = Build(_ => { });
        (_redisLeases, _redisCapacity, _redisDedup) = (_redis.GetRequiredService<IOrderLeases>(), _redis.GetRequiredService<ICapacityCounters>(), _redis.GetRequiredService<IWebhookDeduplication>());
        (_memoryLeases, _memoryCapacity, _memoryDedup) = (_memory.GetRequiredService<IOrderLeases>(), _memory.GetRequiredService<ICapacityCounters>(), _memory.GetRequiredService<IWebhookDeduplication>());
    }

    [GlobalCleanup]
    public void CleanUp()
    {
        _redis.Dispose();
        _memory.Dispose();
        _connection.Dispose();
    }

    [Benchmark(Baseline = true), BenchmarkCategory("lease")]
    public Task<bool> LeaseInMemory() => LeaseAsync(_memoryLeases);

    [Benchmark, BenchmarkCategory("lease")]
    public Task<bool> LeaseRedis() => LeaseAsync(_redisLeases);

    [Benchmark(Baseline = true), BenchmarkCategory("reserve")]
    public ValueTask<CapacityReservation> ReserveInMemory() => _memoryCapacity.TryReserveAsync("gelato-uk", Day, 1, int.MaxValue);

    [Benchmark, BenchmarkCategory("reserve")]
    public ValueTask<CapacityReservation> ReserveRedis() => _redisCapacity.TryReserveAsync("gelato-uk", Day, 1, int.MaxValue);

    [Benchmark(Baseline = true), BenchmarkCategory("dedup")]
    public ValueTask<bool> DedupInMemory() => _memoryDedup.TryMarkSeenAsync("tiktokshop", "evt-" + Interlocked.Increment(ref _next), TimeSpan.FromMinutes(5));

    [Benchmark, BenchmarkCategory("dedup")]
    public ValueTask<bool> DedupRedis() => _redisDedup.TryMarkSeenAsync("tiktokshop", "evt-" + Interlocked.Increment(ref _next), TimeSpan.FromMinutes(5));

    // One step's lease: take it, check it before the irreversible call, give it back.
    private static async Task<bool> LeaseAsync(IOrderLeases leases)
    {
        var lease = await leases.TryAcquireAsync("577000000000000001", "bench", TimeSpan.FromMinutes(2)).ConfigureAwait(false);
        var current = await leases.IsCurrentAsync(lease!).ConfigureAwait(false);
        await leases.ReleaseAsync(lease!).ConfigureAwait(false);
        return current;
    }

    private static ServiceProvider Build(Action<PodConnect.DependencyInjection.IPodConnectBuilder> configure)
    {
        var services = new ServiceCollection();
        services.AddPodConnect(configure);
        return services.BuildServiceProvider();
    }
}

/// <summary>Filters <see cref="RedisStoreBenchmarks"/> out, saying so, when no Redis is configured.</summary>
public sealed class RedisAvailableConfig : ManualConfig
{
    public const string Variable = "PODCONNECT_REDIS";

    public RedisAvailableConfig()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)))
        {
            Console.WriteLine($"RedisStoreBenchmarks SKIPPED: set {Variable}=host:port to a disposable redis-server to run them.");
            AddFilter(new SimpleFilter(_ => false));
        }
    }
}
