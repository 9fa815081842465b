using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PodConnect.Gelato.Internal;
using PodConnect.Gelato.Models;
using PodConnect.Gelato.Webhooks;
using PodConnect.Providers;

namespace PodConnect.Gelato;

/// <summary>
/// Gelato behind <see cref="IPodProvider"/>, on the provider template (<see cref="PodProviderBase"/>).
/// Placement is idempotent by search-before-create: Gelato documents no idempotency key, so the order is
/// first looked up by <c>orderReferenceId</c> (our external id), created only when absent, and looked up
/// again when a create's outcome is unknown (timeout, connection lost, 5xx). Residual race: two
/// placements of the same order running at the same instant, or a lookup made before Gelato has indexed
/// a just-accepted order, can still create a duplicate — run one placement per order at a time (the
/// reconciler does).
/// </summary>
public class GelatoPodProvider : PodProviderBase
{
    private readonly GelatoClient _client = null!;
    private readonly GelatoClientOptions _options = null!;
    private readonly GelatoWebhookParser _webhooks = null!;

    /// <summary>For mocking only.</summary>
    protected GelatoPodProvider()
    {
    }

    /// <summary>Creates the provider over a client.</summary>
    public GelatoPodProvider(GelatoClient client, IOptions<GelatoClientOptions> options, ILogger<GelatoPodProvider>? logger = null)
        : base(GelatoClient.ServiceName, logger)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        _client = client;
        _options = options.Value;
        _webhooks = new GelatoWebhookParser(_options);
    }

    /// <inheritdoc />
    public override async Task<PodQuote> QuoteAsync(PodOrderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await _client.QuoteAsync(GelatoMapping.ToQuoteRequest(request, CustomerReference(request)), cancellationToken).ConfigureAwait(false);
        return GelatoMapping.ToPodQuote(response);
    }

    /// <inheritdoc />
    public override async Task<PodOrder> GetOrderAsync(string providerOrderId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(providerOrderId);
        return GelatoMapping.ToPodOrder(await _client.GetOrderAsync(providerOrderId, cancellationToken).ConfigureAwait(false));
    }

    /// <inheritdoc />
    public override async Task<PodOrder?> FindOrderByExternalIdAsync(string externalId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(externalId);
        var matches = await _client.SearchOrdersAsync(new GelatoSearchOrdersRequest { OrderReferenceIds = [externalId], Limit = 10 }, cancellationToken).ConfigureAwait(false);

        // Search matches loosely on some fields; only an exact reference counts. If a past race left
        // duplicates, the oldest is the one every caller converges on.
        var match = matches
            .OfType<GelatoOrderSummary>()
            .Where(o => string.Equals(o.OrderReferenceId, externalId, StringComparison.Ordinal) && o.Id is not null)
            .OrderBy(o => o.CreatedAt ?? DateTimeOffset.MaxValue)
            .FirstOrDefault();
        return match is null ? null : await GetOrderAsync(match.Id!, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override async Task<PodOrder> CancelOrderAsync(string providerOrderId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(providerOrderId);
        await _client.CancelOrderAsync(providerOrderId, cancellationToken).ConfigureAwait(false);
        return await GetOrderAsync(providerOrderId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Maps the order before any call, so a field over Gelato's limits is refused before the lookup.</summary>
    protected override void ValidatePlacement(PodOrderRequest request) => GelatoMapping.ToCreateRequest(request, CustomerReference(request));

    /// <inheritdoc />
    protected override async Task<PodPlacement> CreateOrderAsync(PodOrderRequest request, CancellationToken cancellationToken) =>
        new(GelatoMapping.ToPodOrder(await _client.CreateOrderAsync(GelatoMapping.ToCreateRequest(request, CustomerReference(request)), cancellationToken).ConfigureAwait(false)), AlreadyExisted: false);

    /// <inheritdoc />
    protected override PodWebhookEvent VerifyAndParseWebhook(PodWebhookRequest request) => _webhooks.Parse(request);

    private string CustomerReference(PodOrderRequest request) => _options.CustomerReferenceId ?? request.ExternalId;
}
