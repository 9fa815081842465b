using PodConnect.Health;
using PodConnect.Redis.Stores;
using PodConnect.Redis.Tests.Infrastructure;
using PodConnect.Stores;
using PodConnect.Testing.Contracts;

namespace PodConnect.Redis.Tests.Contracts;

// The very contract kits the in-memory stores pass; each store gets a fresh key prefix, so it starts empty.

[RequiresRedis]
public sealed class RedisPlacedOrderIndexContractTests : PlacedOrderIndexContract
{
    protected override IPlacedOrderIndex CreateIndex(TimeProvider time) => new RedisPlacedOrderIndex(RedisContexts.Fresh(time));
}

[RequiresRedis]
public sealed class RedisDispatchLedgerStoreContractTests : DispatchLedgerStoreContract
{
    protected override IDispatchLedgerStore CreateStore(TimeProvider time) => new RedisDispatchLedgerStore(RedisContexts.Fresh(time));
}

[RequiresRedis]
public sealed class RedisCapacityCountersContractTests : CapacityCountersContract
{
    protected override ICapacityCounters CreateCounters(TimeProvider time) => new RedisCapacityCounters(RedisContexts.Fresh(time));
}

[RequiresRedis]
public sealed class RedisWebhookDeduplicationContractTests : WebhookDeduplicationContract
{
    protected override IWebhookDeduplication CreateStore(TimeProvider time) => new RedisWebhookDeduplication(RedisContexts.Fresh(time));
}

[RequiresRedis]
public sealed class RedisOrderLeasesContractTests : OrderLeasesContract
{
    protected override IOrderLeases CreateLeases(TimeProvider time) => new RedisOrderLeases(RedisContexts.Fresh(time));
}

[RequiresRedis]
public sealed class RedisHealthLedgerStoreContractTests : HealthLedgerStoreContract
{
    protected override IHealthLedgerStore CreateStore(TimeProvider time) => new RedisHealthLedgerStore(RedisContexts.Fresh(time));
}

internal static class RedisContexts
{
    public static RedisStoreContext Fresh(TimeProvider time) => new(RedisServer.Connection, RedisServer.FreshOptions(), time);
}
