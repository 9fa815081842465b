using PodConnect.Stores;
using PodConnect.Testing.Contracts;

namespace PodConnect.Tests.Stores;

public sealed class InMemoryPlacedOrderIndexTests : PlacedOrderIndexContract
{
    protected override IPlacedOrderIndex CreateIndex(TimeProvider time) => new InMemoryPlacedOrderIndex(time);
}

public sealed class InMemoryDispatchLedgerStoreTests : DispatchLedgerStoreContract
{
    protected override IDispatchLedgerStore CreateStore(TimeProvider time) => new InMemoryDispatchLedgerStore();
}

public sealed class InMemoryCapacityCountersTests : CapacityCountersContract
{
    protected override ICapacityCounters CreateCounters(TimeProvider time) => new InMemoryCapacityCounters();
}

public sealed class InMemoryWebhookDeduplicationTests : WebhookDeduplicationContract
{
    protected override IWebhookDeduplication CreateStore(TimeProvider time) => new InMemoryWebhookDeduplication(time);
}

public sealed class InMemoryOrderLeasesTests : OrderLeasesContract
{
    protected override IOrderLeases CreateLeases(TimeProvider time) => new InMemoryOrderLeases(time);
}

public sealed class InMemoryHealthLedgerStoreTests : HealthLedgerStoreContract
{
    protected override Health.IHealthLedgerStore CreateStore(TimeProvider time) => new Health.InMemoryHealthLedgerStore();
}
