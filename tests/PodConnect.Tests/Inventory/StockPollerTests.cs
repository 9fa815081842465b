using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using PodConnect.Errors;
using PodConnect.Fulfillment;
using PodConnect.Inventory;
using PodConnect.Providers;
using PodConnect.Tests.Fulfillment;
using PodConnect.Testing.Common;

namespace PodConnect.Tests.Inventory;

/// <summary>The loop's one stock poller: every registered <see cref="IPodStockSource"/> into the availability board, on the loop's passes, on a fake clock.</summary>
public sealed class StockPollerTests
{
    private static readonly TimeSpan Interval = new FulfillmentOptions().StockPollInterval;

    [Fact]
    public async Task A_stock_out_read_from_a_source_is_on_the_board_after_the_first_pass()
    {
        var source = new ScriptedSource("printful") { Next = [new PodStockChange("7854", PodStockStatus.OutOfStock, "out of stock")] };
        using var loop = Loop(source);

        await loop.Reconciler.RunPassAsync();

        var stockOut = Assert.Single(Board(loop).Current.StockOuts);
        Assert.Equal(("printful", "CAP-RED", null), (stockOut.Provider, stockOut.Sku, stockOut.FacilityId));
        Assert.Equal(["1320", "4012", "7854"], source.Asked.Single().Order(StringComparer.Ordinal)); // the catalogue's printful products, once each
    }

    [Fact]
    public async Task Sources_are_read_once_per_interval_and_the_loop_is_due_again_when_the_next_poll_is()
    {
        var source = new ScriptedSource("printful");
        using var loop = Loop(source, o => o.PollInterval = TimeSpan.FromHours(1));

        await loop.Reconciler.RunPassAsync();
        loop.Time.Advance(TimeSpan.FromMinutes(1));
        await loop.Reconciler.RunPassAsync();
        Assert.Single(source.Asked);
        Assert.Equal(LoopHarness.Start + Interval, loop.Reconciler.NextDueAt); // before the hourly order poll: the hosted loop wakes for it

        loop.Time.Advance(Interval);
        await loop.Reconciler.RunPassAsync();
        Assert.Equal(2, source.Asked.Count);
    }

    [Fact]
    public async Task A_failing_read_keeps_what_was_known_and_what_it_read_before_failing()
    {
        var source = new ScriptedSource("printful")
        {
            Next = [new PodStockChange("7854", PodStockStatus.OutOfStock), new PodStockChange("1320", PodStockStatus.OutOfStock)],
        };
        var log = new RecordingLogger<StockPoller>();
        using var loop = Loop(source, more: null, log: log);
        await loop.Reconciler.RunPassAsync();

        source.Next = [new PodStockChange("1320", PodStockStatus.InStock), new PodStockChange("7854", PodStockStatus.InStock)];
        source.FailAfter = 1;
        loop.Time.Advance(Interval);
        await loop.Reconciler.RunPassAsync();

        var stockOut = Assert.Single(Board(loop).Current.StockOuts);
        Assert.Equal("CAP-RED", stockOut.Sku); // never cleared by a read that failed before saying so
        var failed = Assert.Single(log.Entries, e => e.Id.Id == 9307);
        Assert.Equal("Reading the stock of printful failed after 1 changes (ServerException (null)); the last known stock stands, read again next poll", failed.Message); // ids only, no remote text
    }

    [Fact]
    public async Task A_source_that_throws_something_untyped_fails_neither_the_pass_nor_the_other_sources()
    {
        var broken = new ScriptedSource("printful") { Next = [new PodStockChange("7854", PodStockStatus.OutOfStock)], Throw = new InvalidOperationException("a bug in a user's source") };
        using var loop = Loop(broken);
        loop.AddOrder("A", sku: "MUG-11");

        await loop.Reconciler.RunPassAsync(); // does not throw

        Assert.True(Board(loop).Current.IsEmpty);
        Assert.Equal(1, loop.Gelato.Creates + loop.Printful.Creates); // the same pass went on to place the order
    }

    [Fact]
    public async Task A_webhook_that_lands_while_a_poll_runs_is_newer_and_the_poll_never_undoes_it()
    {
        var source = new ScriptedSource("printful") { Next = [new PodStockChange("7854", PodStockStatus.InStock, "in stock")] };
        using var loop = Loop(source);
        var board = Board(loop);
        source.WhileReading = () =>
        {
            loop.Time.Advance(TimeSpan.FromSeconds(2)); // the read takes a moment…
            board.ReportStock("printful", new PodStockChange("7854", PodStockStatus.OutOfStock, "out of stock"), loop.Time.GetUtcNow()); // …and the webhook lands
        };

        await loop.Reconciler.RunPassAsync();

        Assert.Equal("CAP-RED", Assert.Single(board.Current.StockOuts).Sku);
    }

    [Fact]
    public async Task A_source_of_a_provider_that_is_not_registered_is_never_read_and_zero_turns_polling_off()
    {
        var prodigi = new ScriptedSource("prodigi");
        var printful = new ScriptedSource("printful");
        using var loop = Loop(prodigi, o => o.StockPollInterval = TimeSpan.Zero, more: printful);

        await loop.Reconciler.RunPassAsync();
        loop.Time.Advance(TimeSpan.FromDays(1));
        await loop.Reconciler.RunPassAsync();

        Assert.Empty(prodigi.Asked);
        Assert.Empty(printful.Asked);
    }

    private static ProviderAvailabilityBoard Board(LoopHarness loop) => loop.Services.GetRequiredService<ProviderAvailabilityBoard>();

    private static LoopHarness Loop(ScriptedSource source, Action<FulfillmentOptions>? configure = null, ScriptedSource? more = null, RecordingLogger<StockPoller>? log = null) =>
        new(o => { o.HoldWindow = TimeSpan.Zero; configure?.Invoke(o); }, services =>
        {
            foreach (var s in new[] { source, more }.OfType<ScriptedSource>())
            {
                services.AddSingleton<IPodStockSource>(s);
            }

            if (log is not null)
            {
                services.AddSingleton<Microsoft.Extensions.Logging.ILogger<StockPoller>>(log);
            }
        });

    /// <summary>A provider's stock API that answers what the test scripted, and can fail part-way.</summary>
    private sealed class ScriptedSource(string provider) : IPodStockSource
    {
        public string Provider => provider;

        public List<PodStockChange> Next { get; set; } = [];

        public int? FailAfter { get; set; }

        public Action? WhileReading { get; set; }

        public Exception? Throw { get; init; }

        public List<IReadOnlyList<string>> Asked { get; } = [];

        public async IAsyncEnumerable<PodStockChange> ReadStockAsync(IReadOnlyList<string> productIds, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            Asked.Add(productIds);
            await Task.Yield();
            WhileReading?.Invoke();
            if (Throw is not null)
            {
                throw Throw;
            }

            for (var i = 0; i < Next.Count; i++)
            {
                if (i == FailAfter)
                {
                    throw new ServerException("printful answered 503", new RemoteErrorDetails(provider, StatusCode: 503));
                }

                yield return Next[i];
            }
        }
    }
}
