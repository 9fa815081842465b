using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PodConnect.Errors;
using PodConnect.Http;
using PodConnect.Prodigi.Models;
using PodConnect.Prodigi.Webhooks;
using PodConnect.Providers;

namespace PodConnect.Prodigi;

/// <summary>
/// Prodigi behind <see cref="IPodProvider"/>. Placement is idempotent by key: every create carries the
/// <c>idempotencyKey</c> <c>podconnect:{external id}</c>, so a repeat (a retry, another instance, a
/// restart) gets Prodigi's <c>AlreadyExists</c> and the first order back — one call per order. After an
/// unknown outcome the order is looked up by <c>merchantReference</c>; if it is not visible yet (the
/// account's pause window hides orders), the error is rethrown and repeating the placement is safe.
/// </summary>
public class ProdigiPodProvider : IPodProvider
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
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        _client = client;
        _options = options.Value;
        _callbacks = new ProdigiCallbackParser(_options);
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <inheritdoc />
    public virtual string Name => ProdigiClient.ServiceName;

    /// <inheritdoc />
    public virtual async Task<PodQuote> QuoteAsync(PodOrderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await _client.QuoteAsync(ProdigiMapping.ToQuoteRequest(request), cancellationToken).ConfigureAwait(false);
        return ProdigiMapping.ToPodQuote(response);
    }

    /// <inheritdoc />
    /// <remarks>Prodigi has no drafts: <see cref="PodOrderRequest.AsDraft"/> is refused; use the Sandbox environment or the account's pause window instead.</remarks>
    public virtual async Task<PodPlacement> PlaceOrderAsync(PodOrderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.AsDraft)
        {
            throw new OrderFieldException(ProdigiClient.ServiceName, "orderType", "cannot be a draft: Prodigi has no drafts (use the Sandbox environment or the dashboard's pause window)");
        }

        var create = ProdigiMapping.ToCreateRequest(request, _options);
        try
        {
            var result = await _client.CreateOrderAsync(create, cancellationToken).ConfigureAwait(false);
            var order = ProdigiMapping.ToPodOrder(result.Order, result.Outcome == ProdigiCreateOutcome.OnHold ? ProdigiOutcome.OnHold.Value : null);
            if (result.Outcome == ProdigiCreateOutcome.AlreadyExists)
            {
                ProdigiLog.PlacementReplayed(_logger, request.ExternalId, order.ProviderOrderId);
                PodProviderMetrics.RecordPlacement(ProdigiClient.ServiceName, PodProviderMetrics.Replayed);
                return new PodPlacement(order, AlreadyExisted: true);
            }

            if (result.Outcome == ProdigiCreateOutcome.CreatedWithIssues)
            {
                ProdigiLog.CreatedWithIssues(_logger, request.ExternalId, order.ProviderOrderId, result.Issues.Count);
            }

            PodProviderMetrics.RecordPlacement(ProdigiClient.ServiceName, PodProviderMetrics.Created);
            return new PodPlacement(order, AlreadyExisted: false);
        }
        catch (PodConnectException e) when (RemoteErrors.MayHaveTakenEffect(e) || e is MalformedResponseException)
        {
            ProdigiLog.PlacementOutcomeUnknown(_logger, request.ExternalId, e.GetType().Name);
            if (await FindOrderByExternalIdAsync(request.ExternalId, cancellationToken).ConfigureAwait(false) is { } found)
            {
                ProdigiLog.PlacementRecovered(_logger, request.ExternalId, found.ProviderOrderId);
                PodProviderMetrics.RecordPlacement(ProdigiClient.ServiceName, PodProviderMetrics.Recovered);
                return new PodPlacement(found, AlreadyExisted: false);
            }

            throw;
        }
    }

    /// <inheritdoc />
    public virtual async Task<PodOrder> GetOrderAsync(string providerOrderId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(providerOrderId);
        return ProdigiMapping.ToPodOrder(await _client.GetOrderAsync(providerOrderId, cancellationToken).ConfigureAwait(false));
    }

    /// <inheritdoc />
    /// <remarks>
    /// Looks up <c>merchantReference</c>. Reprints may reuse a reference, so the order created with our
    /// idempotency key wins; otherwise the oldest with the reference.
    /// </remarks>
    public virtual async Task<PodOrder?> FindOrderByExternalIdAsync(string externalId, CancellationToken cancellationToken = default)
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
    public virtual async Task<PodOrder> CancelOrderAsync(string providerOrderId, CancellationToken cancellationToken = default)
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
    public virtual PodWebhookEvent ParseWebhook(PodWebhookRequest request)
    {
        try
        {
            return _callbacks.Parse(request);
        }
        catch (WebhookVerificationException e)
        {
            ProdigiLog.CallbackRejected(_logger, e.Message);
            PodProviderMetrics.RecordRejectedWebhook(ProdigiClient.ServiceName);
            throw;
        }
    }
}
