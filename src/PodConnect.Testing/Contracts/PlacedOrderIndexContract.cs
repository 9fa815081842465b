using Microsoft.Extensions.Time.Testing;
using PodConnect.Stores;
using Xunit;

namespace PodConnect.Testing.Contracts;

/// <summary>
/// The contract every <see cref="IPlacedOrderIndex"/> must keep. Derive a class, override
/// <see cref="CreateIndex"/>, and the tests are inherited: <c>public sealed class MyIndexTests : PlacedOrderIndexContract { … }</c>.
/// </summary>
public abstract class PlacedOrderIndexContract
{
    /// <summary>The clock the tests drive (starts 2026-03-02 09:00 UTC).</summary>
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    /// <summary>Creates an empty index that judges time by <paramref name="time"/>; each call gives an independent one.</summary>
    protected abstract IPlacedOrderIndex CreateIndex(TimeProvider time);

    /// <summary>An order id no other test uses (for stores shared between tests).</summary>
    protected static string NewOrderId() => "57" + Guid.NewGuid().ToString("N")[..16];

    /// <summary>An intent is found by its order id and nothing else is.</summary>
    [Fact]
    public async Task An_added_intent_is_found_by_order_id()
    {
        var index = CreateIndex(Time);
        var id = NewOrderId();
        var intent = new PlacedOrder("shop-1", id, "gelato", Time.GetUtcNow()) { FacilityId = "gelato-uk", ProductionDay = new DateOnly(2026, 3, 3), Units = 2 };

        Assert.Null(await index.TryAddAsync(intent));

        var found = await index.FindAsync(id);
        Assert.Equal(intent, found);
        Assert.Null(await index.FindAsync(NewOrderId()));
    }

    /// <summary>The first intent wins: a second one for the same order (another provider) is refused and the first returned.</summary>
    [Fact]
    public async Task The_first_intent_wins()
    {
        var index = CreateIndex(Time);
        var id = NewOrderId();
        var first = new PlacedOrder("shop-1", id, "gelato", Time.GetUtcNow());
        var second = new PlacedOrder("shop-1", id, "printful", Time.GetUtcNow());

        Assert.Null(await index.TryAddAsync(first));
        var existing = await index.TryAddAsync(second);

        Assert.Equal(first, existing);
        Assert.Equal("gelato", (await index.FindAsync(id))!.Provider);
    }

    /// <summary>Of many concurrent intents for one order exactly one is added, and every caller learns which.</summary>
    [Fact]
    public async Task Concurrent_intents_agree_on_one_winner()
    {
        var index = CreateIndex(Time);
        var id = NewOrderId();
        var providers = Enumerable.Range(0, 16).Select(i => "provider-" + i).ToArray();
        var results = await Task.WhenAll(providers.Select(p => Task.Run(async () => await index.TryAddAsync(new PlacedOrder("shop-1", id, p, Time.GetUtcNow())))));

        Assert.Single(results, r => r is null);
        var winner = (await index.FindAsync(id))!.Provider;
        Assert.All(results.Where(r => r is not null), r => Assert.Equal(winner, r!.Provider));
    }

    /// <summary>Completing the intent with the provider's order id makes the order findable by that id.</summary>
    [Fact]
    public async Task A_placed_order_is_found_by_the_providers_order_id()
    {
        var index = CreateIndex(Time);
        var id = NewOrderId();
        var intent = new PlacedOrder("shop-1", id, "printful", Time.GetUtcNow());
        await index.TryAddAsync(intent);
        var placed = intent with { ProviderOrderId = "pf-" + id, PredictedDispatch = Time.GetUtcNow().AddDays(1) };

        await index.UpdateAsync(placed);

        Assert.Equal(placed, await index.FindAsync(id));
        Assert.Equal(placed, await index.FindByProviderOrderAsync("printful", "pf-" + id));
        Assert.Null(await index.FindByProviderOrderAsync("gelato", "pf-" + id));
        Assert.True((await index.FindAsync(id))!.IsPlaced);
    }

    /// <summary>Coverage starts no later than the index's first use, so orders created afterwards need no provider look-up.</summary>
    [Fact]
    public async Task Coverage_starts_no_later_than_first_use()
    {
        var index = CreateIndex(Time);
        var before = Time.GetUtcNow();
        await index.TryAddAsync(new PlacedOrder("shop-1", NewOrderId(), "gelato", before));
        Time.Advance(TimeSpan.FromHours(1));

        Assert.True(await index.GetCoverageStartAsync() <= before);
    }
}
