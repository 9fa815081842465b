using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PodConnect.Errors;
using PodConnect.Http;

namespace PodConnect.Providers;

/// <summary>
/// The provider template: the idempotent placement flow written once, so a provider package supplies
/// only its own calls — find by external id, create, read, cancel, quote and webhook parsing.
/// <para>
/// <see cref="PlaceOrderAsync"/>: (1) when <see cref="FindBeforeCreate"/>, look the order up by its
/// external id and return it if it is there (outcome <see cref="PodProviderMetrics.Replayed"/>);
/// (2) create it; (3) when the provider says the external id is taken (<see cref="IsAlreadyPlaced"/>),
/// read it back and return it (replayed); (4) when the create's outcome is unknown — no answer, a 5xx
/// (<see cref="RemoteErrors.MayHaveTakenEffect"/>) or a garbled success body — read it back by external id
/// before anyone retries, and return it (<see cref="PodProviderMetrics.Recovered"/>) or rethrow when it is
/// not there. Every step is logged with ids only and counted on the <c>PodConnect</c> meter.
/// </para>
/// </summary>
public abstract class PodProviderBase : IPodProvider
{
    private readonly string _name = string.Empty;
    private readonly ILogger _logger = NullLogger.Instance;

    /// <summary>For mocking only.</summary>
    protected PodProviderBase()
    {
    }

    /// <summary>Creates the provider.</summary>
    /// <param name="name">The provider's short name (<c>gelato</c>), used in logs, metrics and DI keys.</param>
    /// <param name="logger">Where placement steps and rejected webhooks are logged; none when <see langword="null"/>.</param>
    protected PodProviderBase(string name, ILogger? logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        _name = name;
        _logger = logger ?? NullLogger.Instance;
    }

    /// <inheritdoc />
    public virtual string Name => _name;

    /// <summary>
    /// Whether placement looks the order up by external id before creating it. <see langword="true"/> (the
    /// safe default) for providers without a server-side idempotency key; a provider whose create refuses
    /// a repeated external id (and says so through <see cref="IsAlreadyPlaced"/>) may answer
    /// <see langword="false"/> and save a call per order.
    /// </summary>
    protected virtual bool FindBeforeCreate => true;

    /// <inheritdoc />
    public abstract Task<PodQuote> QuoteAsync(PodOrderRequest request, CancellationToken cancellationToken = default);

    /// <inheritdoc />
    public virtual async Task<PodPlacement> PlaceOrderAsync(PodOrderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ValidatePlacement(request);
        if (FindBeforeCreate && await FindOrderByExternalIdAsync(request.ExternalId, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return Replayed(request, existing);
        }

        try
        {
            var placement = await CreateOrderAsync(request, cancellationToken).ConfigureAwait(false);
            if (placement.AlreadyExisted)
            {
                // The provider's own answer says it held the order already (an idempotency key seen before).
                return Replayed(request, placement.Order);
            }

            PodProviderMetrics.RecordPlacement(Name, PodProviderMetrics.Created);
            return placement;
        }
        catch (PodConnectException e) when (IsAlreadyPlaced(e))
        {
            var found = await FindOrderByExternalIdAsync(request.ExternalId, cancellationToken).ConfigureAwait(false);
            if (found is null)
            {
                throw;
            }

            return Replayed(request, found);
        }
        catch (PodConnectException e) when (RemoteErrors.MayHaveTakenEffect(e) || e is MalformedResponseException)
        {
            // The create may have been carried out before its answer was lost: read before anyone retries.
            PodProviderLog.PlacementOutcomeUnknown(_logger, request.ExternalId, Name, e.GetType().Name);
            if (await FindOrderByExternalIdAsync(request.ExternalId, cancellationToken).ConfigureAwait(false) is { } recovered)
            {
                PodProviderLog.PlacementRecovered(_logger, request.ExternalId, Name, recovered.ProviderOrderId);
                PodProviderMetrics.RecordPlacement(Name, PodProviderMetrics.Recovered);
                return new PodPlacement(recovered, AlreadyExisted: false);
            }

            PodProviderLog.PlacementNotFoundAfterUnknownOutcome(_logger, request.ExternalId, Name);
            throw;
        }
    }

    /// <inheritdoc />
    public abstract Task<PodOrder> GetOrderAsync(string providerOrderId, CancellationToken cancellationToken = default);

    /// <inheritdoc />
    public abstract Task<PodOrder?> FindOrderByExternalIdAsync(string externalId, CancellationToken cancellationToken = default);

    /// <inheritdoc />
    public abstract Task<PodOrder> CancelOrderAsync(string providerOrderId, CancellationToken cancellationToken = default);

    /// <inheritdoc />
    public virtual PodWebhookEvent ParseWebhook(PodWebhookRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            return VerifyAndParseWebhook(request);
        }
        catch (WebhookVerificationException e)
        {
            PodProviderLog.WebhookRejected(_logger, Name, e.Message);
            PodProviderMetrics.RecordRejectedWebhook(Name);
            throw;
        }
    }

    /// <summary>
    /// Creates the order once (no lookup, no retry of an unknown outcome: the flow does both) and returns it
    /// with <see cref="PodPlacement.AlreadyExisted"/> <see langword="false"/> — or <see langword="true"/> when
    /// the provider's answer itself says it already held this order (Prodigi's <c>AlreadyExists</c> outcome
    /// for a repeated idempotency key); a provider that answers "already exists" with an error uses
    /// <see cref="IsAlreadyPlaced"/> instead. Throw the hub's typed exceptions; a garbled success body must
    /// be a <see cref="MalformedResponseException"/>.
    /// </summary>
    /// <param name="request">The order, already checked by <see cref="ValidatePlacement"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    protected abstract Task<PodPlacement> CreateOrderAsync(PodOrderRequest request, CancellationToken cancellationToken);

    /// <summary>Verifies the delivery over its raw bytes and parses it; throw <see cref="WebhookVerificationException"/> when it is not authentic.</summary>
    /// <param name="request">The delivery.</param>
    protected abstract PodWebhookEvent VerifyAndParseWebhook(PodWebhookRequest request);

    /// <summary>
    /// Whether a failed create means "an order with this external id already exists" (Printful's
    /// <c>OR-13</c>, for example). Default: never.
    /// </summary>
    /// <param name="exception">The create's failure.</param>
    protected virtual bool IsAlreadyPlaced(PodConnectException exception) => false;

    /// <summary>
    /// Refuses, before any call, a request the provider would refuse (external id format, field limits),
    /// with an <see cref="ArgumentException"/> or a <see cref="PodConnectException"/> naming the field.
    /// Default: accepts everything.
    /// </summary>
    /// <param name="request">The order about to be placed.</param>
    protected virtual void ValidatePlacement(PodOrderRequest request)
    {
    }

    private PodPlacement Replayed(PodOrderRequest request, PodOrder existing)
    {
        PodProviderLog.PlacementReplayed(_logger, request.ExternalId, Name, existing.ProviderOrderId);
        PodProviderMetrics.RecordPlacement(Name, PodProviderMetrics.Replayed);
        return new PodPlacement(existing, AlreadyExisted: true);
    }
}
