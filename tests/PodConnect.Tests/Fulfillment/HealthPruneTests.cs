using Microsoft.Extensions.DependencyInjection;
using PodConnect.Health;
using PodConnect.Testing.InProcess;

namespace PodConnect.Tests.Fulfillment;

/// <summary>The loop prunes health records no window can count any more, at most once per interval, and keeps the ones still inside a window.</summary>
public sealed class HealthPruneTests
{
    [Fact]
    public async Task Records_older_than_the_ledgers_reach_go_and_records_inside_a_window_stay()
    {
        using var loop = new LoopHarness(o => o.HoldWindow = TimeSpan.Zero);
        var store = loop.Services.GetRequiredService<IHealthLedgerStore>();
        var options = loop.Services.GetRequiredService<ShopHealth>().Options;
        var now = loop.Time.GetUtcNow();
        var longest = options.RulesInForce().LongestWindow;
        await store.RecordAsync(Record("gone", now - options.Lookback - TimeSpan.FromDays(1)));
        await store.RecordAsync(Record("in-allowance", now - longest - TimeSpan.FromDays(1))); // created before the window, may still be delivered inside it
        await store.RecordAsync(Record("in-window", now - longest + TimeSpan.FromDays(1)));

        await loop.Reconciler.RunPassAsync();

        Assert.Null(await store.FindAsync(InProcessMarketplace.DefaultShopId, "gone"));
        Assert.NotNull(await store.FindAsync(InProcessMarketplace.DefaultShopId, "in-allowance"));
        Assert.NotNull(await store.FindAsync(InProcessMarketplace.DefaultShopId, "in-window"));
    }

    [Fact]
    public async Task Pruning_runs_at_most_once_per_interval()
    {
        using var loop = new LoopHarness(o => o.HoldWindow = TimeSpan.Zero);
        var store = loop.Services.GetRequiredService<IHealthLedgerStore>();
        var options = loop.Services.GetRequiredService<ShopHealth>().Options;
        await loop.Reconciler.RunPassAsync(); // the first prune

        await store.RecordAsync(Record("old", loop.Time.GetUtcNow() - options.Lookback - TimeSpan.FromDays(1)));
        loop.Time.Advance(options.PruneInterval - TimeSpan.FromMinutes(1));
        await loop.Reconciler.RunPassAsync();
        Assert.NotNull(await store.FindAsync(InProcessMarketplace.DefaultShopId, "old"));

        loop.Time.Advance(TimeSpan.FromMinutes(1));
        await loop.Reconciler.RunPassAsync();
        Assert.Null(await store.FindAsync(InProcessMarketplace.DefaultShopId, "old"));
    }

    private static OrderHealthRecord Record(string id, DateTimeOffset created) => new(InProcessMarketplace.DefaultShopId, id, created);
}
