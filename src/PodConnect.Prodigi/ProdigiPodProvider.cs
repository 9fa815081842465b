using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PodConnect.Errors;
using PodConnect.Prodigi.Internal;
using PodConnect.Prodigi.Models;
using PodConnect.Prodigi.Webhooks;
using PodConnect.Providers;

namespace PodConnect.Prodigi;

/// <summary>
/// Prodigi behind <see cref="IPodProvider"/>, on the provider template (<see cref="PodProviderBase"/>).
/// Placement is idempotent by key: every create carries the <c>idempotencyKey</c>
/// <c>podconnect:{external id}</c>, so there is no lookup before creating (one call per new order), and a
/// repeat — a retry, another instance, a restart — gets Prodigi's <c>AlreadyExists</c> with the first
/// order, which the template returns as already there. After an unknown outcome the template looks the
/// order up by <c>merchantReference</c>; if it is not visible yet (the account's pause window hides
/// orders), the error is rethrown and repeating the placement is safe.
/// </summary>
public class ProdigiPodProvider : PodProviderBase
{
    private readonly ProdigiClient _client = null!;
    private readonly ProdigiClientOptions _options = null!;
    private readonly ProdigiCallbackParser _callbacks = null!;
    private readonly ILogger _logger = NullLogger.Instance;

    /// <summary>For mocking only.</summary>
    protected ProdigiPodProvider()
    {
    }

    /// <summary>Creates the provider over a client.</summary>
    public ProdigiPodProvider(ProdigiClient client, IOptions<ProdigiClientOptions> options, ILogger<ProdigiPodProvider>? logger = null)
        : base(ProdigiClient.ServiceName, logger)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        _client = client;
        _options = options.Value;
        _callbacks = new ProdigiCallbackParser(_options);
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <inheritdoc />
    /// <remarks>The idempotency key makes a lookup before creating unnecessary.</remarks>
    protected override bool FindBeforeCreate => false;

    /// <inheritdoc />
    public override async Task<PodQuote> QuoteAsync(PodOrderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await _client.QuoteAsync(ProdigiMapping.ToQuoteRequest(request), cancellationToken).ConfigureAwait(false);
        return ProdigiMapping.ToPodQuote(response);
    }

    /// <inheritdoc />
    public override async Task<PodOrder> GetOrderAsync(string providerOrderId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(providerOrderId);
        return ProdigiMapping.ToPodOrder(await _client.GetOrderAsync(providerOrderId, cancellationToken).ConfigureAwait(false));
    }

    /// <inheritdoc />
    /// <remarks>
    /// Looks up <c>merchantReference</c>. Reprints may reuse a reference, so the order created with our
    /// idempotency key wins; otherwise the oldest with the reference.
    /// </remarks>
    public override async Task<PodOrder?> FindOrderByExternalIdAsync(string externalId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(externalId);
        var key = ProdigiMapping.IdempotencyKey(externalId);
        ProdigiOrder? best = null;
        await foreach (var order in _client.ListOrdersAsync(new ProdigiOrderQuery { MerchantReferences = [externalId], PageSize = 10 }, cancellationToken).ConfigureAwait(false))
        {
            if (!string.Equals(order.MerchantReference, externalId, StringComparison.Ordinal) || string.IsNullOrEmpty(order.Id))
            {
                continue;
            }

            if (string.Equals(order.IdempotencyKey, key, StringComparison.Ordinal))
            {
                best = order;
                break;
            }

            if (best is null || (order.Created ?? DateTimeOffset.MaxValue) < (best.Created ?? DateTimeOffset.MaxValue))
            {
                best = order;
            }
        }

        return best is null ? null : ProdigiMapping.ToPodOrder(best);
    }

    /// <inheritdoc />
    /// <remarks>Cancelling an order that is already cancelled returns it; one already in production is a <see cref="ConflictException"/>.</remarks>
    public override async Task<PodOrder> CancelOrderAsync(string providerOrderId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(providerOrderId);
        try
        {
            return ProdigiMapping.ToPodOrder(await _client.CancelOrderAsync(providerOrderId, cancellationToken).ConfigureAwait(false));
        }
        catch (ConflictException)
        {
            // A cancel whose answer was lost and then repeated is refused as "not available": read the state.
            var order = await GetOrderAsync(providerOrderId, cancellationToken).ConfigureAwait(false);
            if (order.Status == PodOrderStatus.Cancelled)
            {
                return order;
            }

            throw;
        }
    }

    /// <inheritdoc />
    /// <remarks>Prodigi has no drafts: <see cref="PodOrderRequest.AsDraft"/> is refused (use the Sandbox or the account's pause window); the field rule is applied before anything is sent.</remarks>
    protected override void ValidatePlacement(PodOrderRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.AsDraft)
        {
            throw new ArgumentException("Prodigi has no drafts: place the order for production, and test in the Sandbox environment or hold orders with the dashboard's pause window.", nameof(request));
        }

        ProdigiMapping.ToCreateRequest(request, _options);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Prodigi answers a repeated idempotency key with <c>AlreadyExists</c> and the order it holds: that order
    /// is the placement (its list may not show it yet while the account's pause window holds it).
    /// </remarks>
    protected override async Task<PodPlacement> CreateOrderAsync(PodOrderRequest request, CancellationToken cancellationToken)
    {
        var result = await _client.CreateOrderAsync(ProdigiMapping.ToCreateRequest(request, _options), cancellationToken).ConfigureAwait(false);
        var order = ProdigiMapping.ToPodOrder(result.Order, result.Outcome == ProdigiCreateOutcome.OnHold ? ProdigiOutcome.OnHold.Value : null);
        if (result.Outcome == ProdigiCreateOutcome.CreatedWithIssues)
        {
            ProdigiLog.CreatedWithIssues(_logger, request.ExternalId, order.ProviderOrderId, result.Issues.Count);
        }

        return new PodPlacement(order, AlreadyExisted: result.Outcome == ProdigiCreateOutcome.AlreadyExists);
    }

    /// <inheritdoc />
    protected override PodWebhookEvent VerifyAndParseWebhook(PodWebhookRequest request) => _callbacks.Parse(request);
}
