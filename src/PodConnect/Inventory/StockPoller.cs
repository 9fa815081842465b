using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PodConnect.Catalog;
using PodConnect.Errors;
using PodConnect.Fulfillment;
using PodConnect.Providers;
using PodConnect.Telemetry;

namespace PodConnect.Inventory;

/// <summary>
/// Reads the providers' stock APIs (every registered <see cref="IPodStockSource"/> whose provider is registered) into
/// the <see cref="ProviderAvailabilityBoard"/>, once per <see cref="FulfillmentOptions.StockPollInterval"/>, at the
/// start of a loop pass, so the same pass routes and guards inventory with it. One mechanism for every provider. Each
/// report is dated when the poll started, so a webhook that lands while the poll runs is newer and is never undone; a
/// failed read keeps everything already known (it never reports anything it did not read) and is logged with ids.
/// Called inside the loop's pass only (never concurrently).
/// </summary>
internal sealed class StockPoller
{
    private readonly IPodStockSource[] _sources;
    private readonly IProductCatalog _catalog;
    private readonly ProviderAvailabilityBoard _board;
    private readonly TimeSpan _interval;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly FulfillmentTelemetry _telemetry;

    public StockPoller(
        IEnumerable<IPodStockSource> sources,
        IEnumerable<string> registeredProviders,
        IProductCatalog catalog,
        ProviderAvailabilityBoard board,
        IOptions<FulfillmentOptions> options,
        TimeProvider time,
        ILogger<StockPoller> logger,
        FulfillmentTelemetry telemetry)
    {
        var registered = new HashSet<string>(registeredProviders, StringComparer.Ordinal);
        _sources = [.. sources.Where(s => registered.Contains(s.Provider)).DistinctBy(s => s.Provider, StringComparer.Ordinal)];
        _catalog = catalog;
        _board = board;
        _interval = options.Value.StockPollInterval;
        _time = time;
        _logger = logger;
        _telemetry = telemetry;
    }

    /// <summary>When the next poll is due (<see cref="DateTimeOffset.MaxValue"/> when there is nothing to poll).</summary>
    public DateTimeOffset NextPollAt { get; private set; } = DateTimeOffset.MinValue;

    /// <summary>Polls every source when due; returns whether the availability changed.</summary>
    public async Task<bool> PollIfDueAsync(CancellationToken cancellationToken)
    {
        var startedAt = _time.GetUtcNow();
        if (_sources.Length == 0 || _interval <= TimeSpan.Zero)
        {
            NextPollAt = DateTimeOffset.MaxValue;
            return false;
        }

        if (startedAt < NextPollAt)
        {
            return false;
        }

        NextPollAt = startedAt + _interval; // Also after a failure: a provider that is down or throttling is not hammered.
        var changed = false;
        foreach (var source in _sources)
        {
            changed |= await PollAsync(source, startedAt, cancellationToken).ConfigureAwait(false);
        }

        return changed;
    }

    private async Task<bool> PollAsync(IPodStockSource source, DateTimeOffset startedAt, CancellationToken cancellationToken)
    {
        var products = _catalog.Entries
            .Select(e => e.Providers.TryGetValue(source.Provider, out var product) ? product.ProductId : null)
            .OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (products.Count == 0)
        {
            return false;
        }

        int read = 0, changed = 0;
        try
        {
            await foreach (var change in source.ReadStockAsync(products, cancellationToken).ConfigureAwait(false))
            {
                read++;
                changed += _board.ReportStock(source.Provider, change, startedAt) ? 1 : 0;
            }

            InventoryLog.StockPolled(_logger, source.Provider, products.Count, read, changed);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // Typed errors from the client, or a bug in a user's source: either way the pass goes on with what is known.
            _telemetry.Error("stock-poll", e.GetType().Name);
            InventoryLog.StockPollFailed(_logger, source.Provider, read, e.GetType().Name, (e as PodConnectException)?.ErrorCode);
        }

        return changed > 0;
    }
}
