using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Polly.RateLimiting;
using Polly.Timeout;
using PodConnect.Errors;
using PodConnect.Gelato.Models;
using PodConnect.Gelato.Serialization;

namespace PodConnect.Gelato;

/// <summary>
/// The typed client of Gelato's Order API v4 and Shipment API v1. Thread-safe; every call is
/// <see langword="virtual"/> so it can be mocked. Errors surface as the hub's typed exceptions
/// (<see cref="PodConnectException"/> and subclasses); order creation is never retried blindly.
/// </summary>
public class GelatoClient
{
    /// <summary>The service name on errors and events: <c>gelato</c>.</summary>
    public const string ServiceName = "gelato";

    /// <summary>The name of the <see cref="HttpClient"/> registered by <c>AddGelato</c>.</summary>
    public const string HttpClientName = "PodConnect.Gelato";

    private readonly HttpClient _http = null!;
    private readonly GelatoClientOptions _options = null!;
    private readonly TimeProvider _time = TimeProvider.System;

    /// <summary>For mocking only.</summary>
    protected GelatoClient()
    {
    }

    /// <summary>Creates a client over an <see cref="HttpClient"/> (normally from <c>AddGelato</c>).</summary>
    public GelatoClient(HttpClient httpClient, IOptions<GelatoClientOptions> options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        _http = httpClient;
        _options = options.Value;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>
    /// <c>POST /v4/orders</c>. Not idempotent at Gelato (no key is documented) and therefore never retried
    /// except after a 429, which means the request was not processed. Prefer
    /// <see cref="GelatoPodProvider.PlaceOrderAsync"/>, which searches by <c>orderReferenceId</c> first.
    /// </summary>
    public virtual Task<GelatoOrder> CreateOrderAsync(GelatoCreateOrderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendAsync(HttpMethod.Post, Order("v4/orders"), request, GelatoJsonContext.Default.GelatoCreateOrderRequest,
            GelatoJsonContext.Default.GelatoOrder, idempotent: false, "create order", cancellationToken);
    }

    /// <summary><c>PATCH /v4/orders/{id}</c> with <c>{"orderType":"order"}</c>: turns a draft into an order (idempotent).</summary>
    public virtual Task<GelatoOrder> ConfirmDraftAsync(string orderId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        return SendAsync(HttpMethod.Patch, Order($"v4/orders/{Uri.EscapeDataString(orderId)}"), new GelatoConfirmDraftRequest(),
            GelatoJsonContext.Default.GelatoConfirmDraftRequest, GelatoJsonContext.Default.GelatoOrder, idempotent: true, "confirm draft", cancellationToken);
    }

    /// <summary><c>POST /v4/orders:quote</c>: prices, shipment methods, delivery dates and the fulfillment country per hub.</summary>
    public virtual Task<GelatoQuoteResponse> QuoteAsync(GelatoQuoteRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendAsync(HttpMethod.Post, Order("v4/orders:quote"), request, GelatoJsonContext.Default.GelatoQuoteRequest,
            GelatoJsonContext.Default.GelatoQuoteResponse, idempotent: true, "quote", cancellationToken);
    }

    /// <summary><c>GET /v4/orders/{id}</c>.</summary>
    public virtual Task<GelatoOrder> GetOrderAsync(string orderId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        return SendAsync<object, GelatoOrder>(HttpMethod.Get, Order($"v4/orders/{Uri.EscapeDataString(orderId)}"), null, null,
            GelatoJsonContext.Default.GelatoOrder, idempotent: true, "get order", cancellationToken);
    }

    /// <summary><c>POST /v4/orders:search</c> (a read, so retried like one).</summary>
    public virtual async Task<IReadOnlyList<GelatoOrderSummary>> SearchOrdersAsync(GelatoSearchOrdersRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await SendAsync(HttpMethod.Post, Order("v4/orders:search"), request, GelatoJsonContext.Default.GelatoSearchOrdersRequest,
            GelatoJsonContext.Default.GelatoSearchOrdersResponse, idempotent: true, "search orders", cancellationToken).ConfigureAwait(false);
        return response.Orders ?? throw new MalformedResponseException("Gelato returned a search response without 'orders'.", new RemoteErrorDetails(ServiceName));
    }

    /// <summary>
    /// <c>POST /v4/orders/{id}:cancel</c>. Cancelling twice is harmless, so it is retried.
    /// </summary>
    /// <exception cref="ConflictException">HTTP 409: at least one item is already printed.</exception>
    public virtual async Task CancelOrderAsync(string orderId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        using var response = await SendRawAsync(HttpMethod.Post, Order($"v4/orders/{Uri.EscapeDataString(orderId)}:cancel"), null,
            idempotent: true, "cancel order", cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>GET shipment.gelatoapis.com/v1/shipment-methods[?country=XX]</c>.</summary>
    public virtual async Task<IReadOnlyList<GelatoShipmentMethod>> GetShipmentMethodsAsync(string? country = null, CancellationToken cancellationToken = default)
    {
        var path = country is null ? "v1/shipment-methods" : $"v1/shipment-methods?country={Uri.EscapeDataString(country)}";
        var response = await SendAsync<object, GelatoShipmentMethodsResponse>(HttpMethod.Get, new Uri(_options.ShipmentApiBaseAddress, path), null, null,
            GelatoJsonContext.Default.GelatoShipmentMethodsResponse, idempotent: true, "list shipment methods", cancellationToken).ConfigureAwait(false);
        return response.ShipmentMethods ?? throw new MalformedResponseException("Gelato returned no 'shipmentMethods'.", new RemoteErrorDetails(ServiceName));
    }

    private Uri Order(string path) => new(_options.OrderApiBaseAddress, path);

    private async Task<TResponse> SendAsync<TRequest, TResponse>(
        HttpMethod method, Uri uri, TRequest? body, JsonTypeInfo<TRequest>? requestType, JsonTypeInfo<TResponse> responseType,
        bool idempotent, string operation, CancellationToken cancellationToken)
        where TResponse : class
    {
        var content = body is null ? null : JsonContent.Create(body, requestType!);
        using var response = await SendRawAsync(method, uri, content, idempotent, operation, cancellationToken).ConfigureAwait(false);
        try
        {
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                return await JsonSerializer.DeserializeAsync(stream, responseType, cancellationToken).ConfigureAwait(false)
                    ?? throw new MalformedResponseException($"Gelato {operation} returned an empty body.", Details(response));
            }
        }
        catch (JsonException e)
        {
            throw new MalformedResponseException($"Gelato {operation} returned a body that is not the documented JSON: {e.Message}", Details(response), e);
        }
    }

    private async Task<HttpResponseMessage> SendRawAsync(HttpMethod method, Uri uri, HttpContent? content, bool idempotent, string operation, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, uri) { Content = content };
        request.Headers.TryAddWithoutValidation("X-API-KEY", _options.ApiKey);
        request.Options.Set(GelatoResilience.IdempotentKey, idempotent);
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutRejectedException e)
        {
            throw new ServerException($"Gelato {operation} did not answer in time (the outcome is unknown).", new RemoteErrorDetails(ServiceName), e);
        }
        catch (RateLimiterRejectedException e)
        {
            throw new RateLimitedException($"Gelato {operation} was refused by the client-side rate limiter (GelatoClientOptions.RequestsPerMinute).", e.RetryAfter, new RemoteErrorDetails(ServiceName), e);
        }
        catch (HttpRequestException e)
        {
            throw new ServerException($"Gelato {operation} failed on the network: {e.Message} (the outcome is unknown).", new RemoteErrorDetails(ServiceName), e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ServerException($"Gelato {operation} timed out (the outcome is unknown).", new RemoteErrorDetails(ServiceName), e);
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            throw GelatoErrorFunnel.ToException(response.StatusCode, text, RetryAfter(response, _time), RequestId(response), operation);
        }
    }

    private static RemoteErrorDetails Details(HttpResponseMessage response) =>
        new(ServiceName, (int)response.StatusCode, RequestId: RequestId(response));

    private static string? RequestId(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Request-Id", out var values) ? values.FirstOrDefault() : null;

    private static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider time) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
            _ => null,
        };
}
