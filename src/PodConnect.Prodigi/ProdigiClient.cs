using System.Globalization;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Options;
using PodConnect.DependencyInjection;
using PodConnect.Errors;
using PodConnect.Http;
using PodConnect.Prodigi.Internal;
using PodConnect.Prodigi.Models;
using PodConnect.Prodigi.Serialization;

namespace PodConnect.Prodigi;

/// <summary>
/// The typed client of Prodigi's Print API v4.0. Thread-safe; every call is <see langword="virtual"/> so
/// it can be mocked. Errors surface as the hub's typed exceptions; a create is retried only when it
/// carries an idempotency key (Prodigi then answers <c>AlreadyExists</c> instead of printing twice).
/// </summary>
public class ProdigiClient
{
    /// <summary>The service name on errors and events: <c>prodigi</c>.</summary>
    public const string ServiceName = "prodigi";

    /// <summary>The name of the <see cref="HttpClient"/> registered by <c>AddProdigi</c>: <c>PodConnect.prodigi</c>.</summary>
    public static string HttpClientName { get; } = PodProviderRegistration.HttpClientName(ServiceName);

    private readonly HttpClient _http = null!;
    private readonly ProdigiClientOptions _options = null!;
    private readonly ProdigiErrorFunnel _funnel = null!;

    /// <summary>For mocking only.</summary>
    protected ProdigiClient()
    {
    }

    /// <summary>Creates a client over an <see cref="HttpClient"/> (normally from <c>AddProdigi</c>).</summary>
    public ProdigiClient(HttpClient httpClient, IOptions<ProdigiClientOptions> options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        _http = httpClient;
        _options = options.Value;
        _funnel = new ProdigiErrorFunnel(timeProvider ?? TimeProvider.System);
    }

    /// <summary>
    /// <c>POST /v4.0/Orders</c>. With an <see cref="ProdigiCreateOrderRequest.IdempotencyKey"/> the call is
    /// safe to repeat and is retried on transient failures; without one it never is.
    /// </summary>
    /// <exception cref="ProdigiValidationException">Prodigi answered <c>ValidationFailed</c>; see its failures.</exception>
    public virtual async Task<ProdigiCreateOrderResult> CreateOrderAsync(ProdigiCreateOrderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var envelope = await SendAsync(HttpMethod.Post, "Orders", request, ProdigiJsonContext.Default.ProdigiCreateOrderRequest,
            ProdigiJsonContext.Default.ProdigiOrderEnvelope, retryable: !string.IsNullOrEmpty(request.IdempotencyKey), cancellationToken).ConfigureAwait(false);
        var outcome = envelope.Outcome ?? throw Malformed("the create response has no 'outcome'");
        var order = envelope.Order is { Id: { Length: > 0 } } o ? o : throw Malformed("the create response has no order id");
        var kind = outcome == ProdigiOutcome.Created ? ProdigiCreateOutcome.Created
            : outcome == ProdigiOutcome.CreatedWithIssues ? ProdigiCreateOutcome.CreatedWithIssues
            : outcome == ProdigiOutcome.AlreadyExists ? ProdigiCreateOutcome.AlreadyExists
            : outcome == ProdigiOutcome.OnHold ? ProdigiCreateOutcome.OnHold
            : throw Malformed($"the create response has the undocumented outcome '{outcome}'");
        return new ProdigiCreateOrderResult(kind, order, outcome, envelope.TraceParent);
    }

    /// <summary><c>GET /v4.0/Orders/{id}</c>. An order still held by the pause window (or awaiting manual approval) is not found.</summary>
    public virtual async Task<ProdigiOrder> GetOrderAsync(string orderId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        var envelope = await SendAsync<object, ProdigiOrderEnvelope>(HttpMethod.Get, $"Orders/{Uri.EscapeDataString(orderId)}", null, null,
            ProdigiJsonContext.Default.ProdigiOrderEnvelope, retryable: true, cancellationToken).ConfigureAwait(false);
        return envelope.Order is { Id: { Length: > 0 } } order ? order : throw Malformed("the order response has no order id");
    }

    /// <summary>
    /// <c>GET /v4.0/Orders</c>, every page streamed (newest first). Pages are walked with <c>skip</c> on the
    /// configured host, never by following <c>nextUrl</c> (an absolute URL from the response).
    /// </summary>
    public virtual async IAsyncEnumerable<ProdigiOrder> ListOrdersAsync(ProdigiOrderQuery? query = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        query ??= new ProdigiOrderQuery();
        ArgumentOutOfRangeException.ThrowIfLessThan(query.PageSize, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.PageSize, 100);
        var skip = 0;
        while (true)
        {
            var page = await SendAsync<object, ProdigiOrdersEnvelope>(HttpMethod.Get, ListPath(query, skip), null, null,
                ProdigiJsonContext.Default.ProdigiOrdersEnvelope, retryable: true, cancellationToken).ConfigureAwait(false);
            var orders = page.Orders ?? throw Malformed("the order list has no 'orders'");
            foreach (var order in orders)
            {
                yield return order;
            }

            if (!page.HasMore || orders.Count == 0)
            {
                yield break;
            }

            skip += orders.Count;
        }
    }

    /// <summary><c>GET /v4.0/Orders/{id}/actions</c>: which changes Prodigi allows now.</summary>
    public virtual async Task<ProdigiActions> GetActionsAsync(string orderId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        var envelope = await SendAsync<object, ProdigiActionsEnvelope>(HttpMethod.Get, $"Orders/{Uri.EscapeDataString(orderId)}/actions", null, null,
            ProdigiJsonContext.Default.ProdigiActionsEnvelope, retryable: true, cancellationToken).ConfigureAwait(false);
        return new ProdigiActions
        {
            Cancel = envelope.Cancel,
            ChangeRecipientDetails = envelope.ChangeRecipientDetails,
            ChangeShippingMethod = envelope.ChangeShippingMethod,
            ChangeMetaData = envelope.ChangeMetaData,
        };
    }

    /// <summary>
    /// <c>POST /v4.0/Orders/{id}/actions/cancel</c>. Returns the order afterwards (stage <c>Cancelled</c>, or
    /// still in progress when only some shipments could be cancelled).
    /// </summary>
    /// <exception cref="ConflictException">Prodigi answered <c>FailedToCancel</c> or <c>ActionNotAvailable</c> (already in production).</exception>
    public virtual async Task<ProdigiOrder> CancelOrderAsync(string orderId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        var (envelope, response) = await SendForOutcomeAsync(HttpMethod.Post, $"Orders/{Uri.EscapeDataString(orderId)}/actions/cancel", null, cancellationToken).ConfigureAwait(false);
        using (response)
        {
            if (envelope.Outcome == ProdigiOutcome.FailedToCancel || envelope.Outcome == ProdigiOutcome.ActionNotAvailable)
            {
                throw _funnel.Create(RemoteErrorKind.Conflict, response, new RemoteErrorBody(envelope.Outcome?.Value, "the order can no longer be cancelled", envelope.TraceParent));
            }

            return envelope.Order is { Id: { Length: > 0 } } order ? order : throw Malformed("the cancel response has no order");
        }
    }

    /// <summary><c>POST /v4.0/Orders/{id}/actions/updateShippingMethod</c>.</summary>
    public virtual async Task<ProdigiUpdateResult> UpdateShippingMethodAsync(string orderId, ProdigiShippingMethod shippingMethod, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        var body = JsonContent.Create(new ProdigiShippingMethodUpdate { ShippingMethod = shippingMethod }, ProdigiJsonContext.Default.ProdigiShippingMethodUpdate);
        return await UpdateAsync($"Orders/{Uri.EscapeDataString(orderId)}/actions/updateShippingMethod", body, cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>POST /v4.0/Orders/{id}/actions/updateRecipient</c> (name, email, phone and address are all required here).</summary>
    public virtual async Task<ProdigiUpdateResult> UpdateRecipientAsync(string orderId, ProdigiRecipient recipient, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        ArgumentNullException.ThrowIfNull(recipient);
        var body = JsonContent.Create(recipient, ProdigiJsonContext.Default.ProdigiRecipient);
        return await UpdateAsync($"Orders/{Uri.EscapeDataString(orderId)}/actions/updateRecipient", body, cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>POST /v4.0/quotes</c>: costs, and the carrier and lab (fulfilment location) of each shipment, per shipping method. A read, so retried.</summary>
    public virtual async Task<ProdigiQuoteResponse> QuoteAsync(ProdigiQuoteRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await SendAsync(HttpMethod.Post, "quotes", request, ProdigiJsonContext.Default.ProdigiQuoteRequest,
            ProdigiJsonContext.Default.ProdigiQuoteResponse, retryable: true, cancellationToken).ConfigureAwait(false);
        return response.Quotes is null ? throw Malformed("the quote response has no 'quotes'") : response;
    }

    private async Task<ProdigiUpdateResult> UpdateAsync(string path, HttpContent body, CancellationToken cancellationToken)
    {
        var (envelope, response) = await SendForOutcomeAsync(HttpMethod.Post, path, body, cancellationToken).ConfigureAwait(false);
        response.Dispose();
        return new ProdigiUpdateResult
        {
            Outcome = envelope.Outcome ?? throw Malformed("the update response has no 'outcome'"),
            Order = envelope.Order,
            ShipmentUpdateResults = envelope.ShipmentUpdateResults,
        };
    }

    private async Task<(ProdigiOrderEnvelope Envelope, HttpResponseMessage Response)> SendForOutcomeAsync(HttpMethod method, string path, HttpContent? content, CancellationToken cancellationToken)
    {
        // Actions are idempotent in effect (cancelling or setting a value twice ends the same), so they are retried.
        var response = await SendRawAsync(method, path, content, retryable: true, cancellationToken).ConfigureAwait(false);
        try
        {
            var envelope = await _funnel.ReadJsonAsync(response, ProdigiJsonContext.Default.ProdigiOrderEnvelope, cancellationToken).ConfigureAwait(false);
            return (envelope, response);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private static string ListPath(ProdigiOrderQuery query, int skip)
    {
        var path = new StringBuilder("Orders?top=").Append(query.PageSize.ToString(CultureInfo.InvariantCulture));
        if (skip > 0)
        {
            path.Append("&skip=").Append(skip.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var reference in query.MerchantReferences ?? [])
        {
            path.Append("&merchantReferences=").Append(Uri.EscapeDataString(reference));
        }

        foreach (var id in query.OrderIds ?? [])
        {
            path.Append("&orderIds=").Append(Uri.EscapeDataString(id));
        }

        if (query.Status is { Length: > 0 } status)
        {
            path.Append("&status=").Append(Uri.EscapeDataString(status));
        }

        if (query.CreatedFrom is { } from)
        {
            path.Append("&createdFrom=").Append(Uri.EscapeDataString(from.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)));
        }

        if (query.CreatedTo is { } to)
        {
            path.Append("&createdTo=").Append(Uri.EscapeDataString(to.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)));
        }

        return path.ToString();
    }

    private async Task<TResponse> SendAsync<TRequest, TResponse>(
        HttpMethod method, string path, TRequest? body, JsonTypeInfo<TRequest>? requestType, JsonTypeInfo<TResponse> responseType,
        bool retryable, CancellationToken cancellationToken)
    {
        using var response = await SendRawAsync(method, path, body is null ? null : JsonContent.Create(body, requestType!), retryable, cancellationToken).ConfigureAwait(false);
        return await _funnel.ReadJsonAsync(response, responseType, cancellationToken).ConfigureAwait(false);
    }

    private async Task<HttpResponseMessage> SendRawAsync(HttpMethod method, string path, HttpContent? content, bool retryable, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(_options.BaseAddress, path)) { Content = content };
        request.Headers.TryAddWithoutValidation("X-API-Key", _options.ApiKey);
        request.SetRetryable(retryable);
        return await _funnel.SendCheckedAsync(_http, request, cancellationToken).ConfigureAwait(false);
    }

    internal MalformedResponseException Malformed(string problem) => _funnel.Malformed(null, problem, null);
}
