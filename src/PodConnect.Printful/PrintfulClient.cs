using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Options;
using PodConnect.DependencyInjection;
using PodConnect.Errors;
using PodConnect.Http;
using PodConnect.Printful.Internal;
using PodConnect.Printful.Models;
using PodConnect.Printful.Serialization;

namespace PodConnect.Printful;

/// <summary>
/// The typed client of Printful's orders API (v1, with v2 shipping rates). Thread-safe; every call is
/// <see langword="virtual"/>. Every request carries <c>Authorization: Bearer</c> and, when configured,
/// <c>X-PF-Store-Id</c>. Errors surface as the hub's typed exceptions; <c>OR-13</c> (external id in use)
/// is a <see cref="ConflictException"/> with <see cref="PodConnectException.ErrorCode"/> <c>OR-13</c>.
/// </summary>
public class PrintfulClient
{
    /// <summary>The service name on errors and events: <c>printful</c>.</summary>
    public const string ServiceName = "printful";

    /// <summary>The name of the <see cref="HttpClient"/> registered by <c>AddPrintful</c>: <c>PodConnect.printful</c>.</summary>
    public static string HttpClientName { get; } = PodProviderRegistration.HttpClientName(ServiceName);

    /// <summary>The longest external id Printful accepts.</summary>
    public const int MaxExternalIdLength = 32;

    private readonly HttpClient _http = null!;
    private readonly PrintfulClientOptions _options = null!;
    private readonly PrintfulErrorFunnel _funnel = null!;
    private static readonly PrintfulShippingRateGate SharedGate = new();
    private readonly PrintfulShippingRateGate _gate = SharedGate;

    /// <summary>For mocking only.</summary>
    protected PrintfulClient()
    {
    }

    /// <summary>Creates a client over an <see cref="HttpClient"/> (normally from <c>AddPrintful</c>).</summary>
    public PrintfulClient(HttpClient httpClient, IOptions<PrintfulClientOptions> options, TimeProvider? timeProvider = null)
        : this(httpClient, options, timeProvider, null)
    {
    }

    /// <summary>Creates a client with its own bulk shipping-rate gate (tests).</summary>
    internal PrintfulClient(HttpClient httpClient, IOptions<PrintfulClientOptions> options, TimeProvider? timeProvider, PrintfulShippingRateGate? shippingRateGate)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        _http = httpClient;
        _options = options.Value;
        _funnel = new PrintfulErrorFunnel(timeProvider ?? TimeProvider.System);
        _gate = shippingRateGate ?? SharedGate;
    }

    /// <summary>
    /// v1 <c>POST /orders</c>, as a draft or (with <paramref name="confirm"/>) submitted for fulfillment.
    /// With an <c>external_id</c> the call is idempotent by key — a repeat answers <c>OR-13</c> instead of
    /// creating a second order — so it is retried after transient failures; without one it never is.
    /// </summary>
    /// <exception cref="ConflictException">The external id already has an order (<c>OR-13</c>).</exception>
    public virtual async Task<PrintfulOrder> CreateOrderAsync(PrintfulOrderRequest request, bool confirm, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ExternalId is { } externalId)
        {
            ValidateExternalId(externalId);
        }

        var path = confirm ? "orders?confirm=true" : "orders";
        return await SendV1Async(HttpMethod.Post, path, request, PrintfulJsonContext.Default.PrintfulOrderRequest,
            PrintfulJsonContext.Default.PrintfulResponsePrintfulOrder, retryable: request.ExternalId is not null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>v1 <c>GET /orders/{id}</c> by Printful's id.</summary>
    public virtual Task<PrintfulOrder> GetOrderAsync(long orderId, CancellationToken cancellationToken = default) =>
        SendV1Async<object, PrintfulOrder>(HttpMethod.Get, $"orders/{orderId.ToString(CultureInfo.InvariantCulture)}", null, null,
            PrintfulJsonContext.Default.PrintfulResponsePrintfulOrder, retryable: true, cancellationToken);

    /// <summary>v1 <c>GET /orders/@{externalId}</c>.</summary>
    /// <exception cref="NotFoundException">No order has that external id.</exception>
    public virtual Task<PrintfulOrder> GetOrderByExternalIdAsync(string externalId, CancellationToken cancellationToken = default)
    {
        ValidateExternalId(externalId);
        return SendV1Async<object, PrintfulOrder>(HttpMethod.Get, "orders/@" + Uri.EscapeDataString(externalId), null, null,
            PrintfulJsonContext.Default.PrintfulResponsePrintfulOrder, retryable: true, cancellationToken);
    }

    /// <summary>v1 <c>POST /orders/{id}/confirm</c>: submits a draft (charges the card or wallet). Not retried.</summary>
    public virtual Task<PrintfulOrder> ConfirmOrderAsync(long orderId, CancellationToken cancellationToken = default) =>
        SendV1Async<object, PrintfulOrder>(HttpMethod.Post, $"orders/{orderId.ToString(CultureInfo.InvariantCulture)}/confirm", null, null,
            PrintfulJsonContext.Default.PrintfulResponsePrintfulOrder, retryable: false, cancellationToken);

    /// <summary>v1 <c>DELETE /orders/{id}</c>: cancels a draft or pending order (idempotent, so retried).</summary>
    public virtual Task<PrintfulOrder> CancelOrderAsync(long orderId, CancellationToken cancellationToken = default) =>
        SendV1Async<object, PrintfulOrder>(HttpMethod.Delete, $"orders/{orderId.ToString(CultureInfo.InvariantCulture)}", null, null,
            PrintfulJsonContext.Default.PrintfulResponsePrintfulOrder, retryable: true, cancellationToken);

    /// <summary>v1 <c>POST /orders/estimate-costs</c> (a read).</summary>
    public virtual async Task<PrintfulCosts> EstimateCostsAsync(PrintfulOrderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var estimate = await SendV1Async(HttpMethod.Post, "orders/estimate-costs", request, PrintfulJsonContext.Default.PrintfulOrderRequest,
            PrintfulJsonContext.Default.PrintfulResponsePrintfulCostEstimate, retryable: true, cancellationToken).ConfigureAwait(false);
        return estimate.Costs ?? throw _funnel.Malformed(null, "the cost estimate has no 'costs'", null);
    }

    /// <summary>v1 <c>POST /shipping/rates</c> (a read; the bulk rule of &gt; 100 items is honoured).</summary>
    public virtual async Task<IReadOnlyList<PrintfulShippingRate>> GetShippingRatesAsync(PrintfulShippingRatesRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var lease = await EnterGateAsync(request.Items.Sum(i => i.Quantity), cancellationToken).ConfigureAwait(false);
        return await SendV1Async(HttpMethod.Post, "shipping/rates", request, PrintfulJsonContext.Default.PrintfulShippingRatesRequest,
            PrintfulJsonContext.Default.PrintfulResponseListPrintfulShippingRate, retryable: true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>v2 <c>POST /v2/shipping-rates</c>: like v1, plus the departure country of each parcel when Printful gives it.</summary>
    public virtual async Task<IReadOnlyList<PrintfulV2ShippingRate>> GetShippingRatesV2Async(PrintfulV2ShippingRatesRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var lease = await EnterGateAsync(request.OrderItems.Sum(i => i.Quantity), cancellationToken).ConfigureAwait(false);
        using var response = await SendAsync(HttpMethod.Post, "v2/shipping-rates", JsonContent.Create(request, PrintfulJsonContext.Default.PrintfulV2ShippingRatesRequest), retryable: true, cancellationToken).ConfigureAwait(false);
        var envelope = await _funnel.ReadJsonAsync(response, PrintfulJsonContext.Default.PrintfulV2ResponseListPrintfulV2ShippingRate, cancellationToken).ConfigureAwait(false);
        return envelope.Data ?? throw _funnel.Malformed(response, "the v2 envelope has no 'data'", null);
    }

    /// <summary>v2 <c>GET /v2/orders/{id}/shipments</c>: the parcels with their delivery status (first 100).</summary>
    public virtual async Task<IReadOnlyList<PrintfulV2Shipment>> GetShipmentsV2Async(long orderId, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(HttpMethod.Get, $"v2/orders/{orderId.ToString(CultureInfo.InvariantCulture)}/shipments?limit=100", null, retryable: true, cancellationToken).ConfigureAwait(false);
        var envelope = await _funnel.ReadJsonAsync(response, PrintfulJsonContext.Default.PrintfulV2ResponseListPrintfulV2Shipment, cancellationToken).ConfigureAwait(false);
        return envelope.Data ?? throw _funnel.Malformed(response, "the v2 envelope has no 'data'", null);
    }

    /// <summary>
    /// v2 <c>GET /v2/catalog-variants/{id}/availability</c>: the variant's stock per technique and selling region
    /// (Printful's default <c>selling_region_name</c>, <c>worldwide</c>; which regions that lists is UNCONFIRMED). A read,
    /// so retried.
    /// </summary>
    public virtual async Task<PrintfulVariantAvailability> GetVariantAvailabilityAsync(long catalogVariantId, CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(HttpMethod.Get, $"v2/catalog-variants/{catalogVariantId.ToString(CultureInfo.InvariantCulture)}/availability", null, retryable: true, cancellationToken).ConfigureAwait(false);
        var envelope = await _funnel.ReadJsonAsync(response, PrintfulJsonContext.Default.PrintfulV2ResponsePrintfulVariantAvailability, cancellationToken).ConfigureAwait(false);
        return envelope.Data ?? throw _funnel.Malformed(response, "the v2 envelope has no 'data'", null);
    }

    /// <summary>Throws unless <paramref name="externalId"/> is 1–32 characters of <c>[0-9A-Za-z_-]</c>, as Printful requires.</summary>
    public static void ValidateExternalId(string externalId)
    {
        ArgumentException.ThrowIfNullOrEmpty(externalId);
        if (externalId.Length > MaxExternalIdLength || !externalId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new ArgumentException(
                $"Printful external ids are at most {MaxExternalIdLength} characters of letters, digits, '-' and '_'; '{externalId}' is not.", nameof(externalId));
        }
    }

    private ValueTask<IDisposable> EnterGateAsync(int quantity, CancellationToken cancellationToken) =>
        _gate.EnterAsync(quantity, cancellationToken);

    private async Task<TResult> SendV1Async<TRequest, TResult>(
        HttpMethod method, string path, TRequest? body, JsonTypeInfo<TRequest>? requestType,
        JsonTypeInfo<PrintfulResponse<TResult>> responseType, bool retryable, CancellationToken cancellationToken)
        where TResult : class
    {
        using var response = await SendAsync(method, path, body is null ? null : JsonContent.Create(body, requestType!), retryable, cancellationToken).ConfigureAwait(false);
        var envelope = await _funnel.ReadJsonAsync(response, responseType, cancellationToken).ConfigureAwait(false);
        return envelope.Result ?? throw _funnel.Malformed(response, "the v1 envelope has no 'result'", null);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content, bool retryable, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(_options.BaseAddress, path)) { Content = content };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _options.AccessToken);
        if (_options.StoreId is { Length: > 0 } store)
        {
            request.Headers.TryAddWithoutValidation("X-PF-Store-Id", store);
        }

        request.SetRetryable(retryable);
        return await _funnel.SendCheckedAsync(_http, request, cancellationToken).ConfigureAwait(false);
    }
}
