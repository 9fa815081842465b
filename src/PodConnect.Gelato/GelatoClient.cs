using System.Net.Http.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Options;
using PodConnect.DependencyInjection;
using PodConnect.Errors;
using PodConnect.Http;
using PodConnect.Providers;
using PodConnect.Gelato.Internal;
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

    /// <summary>The name of the <see cref="HttpClient"/> registered by <c>AddGelato</c>: <c>PodConnect.gelato</c>.</summary>
    public static string HttpClientName { get; } = PodProviderRegistration.HttpClientName(ServiceName);

    private readonly HttpClient _http = null!;
    private readonly GelatoClientOptions _options = null!;
    private readonly GelatoErrorFunnel _funnel = null!;

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
        _funnel = new GelatoErrorFunnel(timeProvider ?? TimeProvider.System);
    }

    /// <summary>
    /// <c>POST /v4/orders</c>. Not idempotent at Gelato (no key is documented) and therefore never retried
    /// except after a 429, which means the request was not processed. Prefer
    /// <see cref="PodProviderBase.PlaceOrderAsync"/> (through <see cref="GelatoPodProvider"/>), which searches by <c>orderReferenceId</c> first.
    /// </summary>
    public virtual Task<GelatoOrder> CreateOrderAsync(GelatoCreateOrderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendAsync(HttpMethod.Post, Order("v4/orders"), request, GelatoJsonContext.Default.GelatoCreateOrderRequest,
            GelatoJsonContext.Default.GelatoOrder, idempotent: false, cancellationToken);
    }

    /// <summary>
    /// <c>PATCH /v4/orders/{id}</c> with <c>{"orderType":"order"}</c>: turns a draft into an order. Safe to
    /// repeat: Gelato refuses to patch an order that is no longer a draft, so when a retry (after a lost
    /// answer) is refused, the order is read and returned if it has become an order.
    /// </summary>
    public virtual async Task<GelatoOrder> ConfirmDraftAsync(string orderId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        try
        {
            return await SendAsync(HttpMethod.Patch, Order($"v4/orders/{Uri.EscapeDataString(orderId)}"), new GelatoConfirmDraftRequest(),
                GelatoJsonContext.Default.GelatoConfirmDraftRequest, GelatoJsonContext.Default.GelatoOrder, idempotent: true, cancellationToken).ConfigureAwait(false);
        }
        catch (PodConnectException e) when (e is ConflictException or ValidationException)
        {
            var order = await GetOrderAsync(orderId, cancellationToken).ConfigureAwait(false);
            if (string.Equals(order.OrderType, GelatoOrderTypes.Order, StringComparison.OrdinalIgnoreCase))
            {
                return order;
            }

            throw;
        }
    }

    /// <summary><c>POST /v4/orders:quote</c>: prices, shipment methods, delivery dates and the fulfillment country per hub.</summary>
    public virtual Task<GelatoQuoteResponse> QuoteAsync(GelatoQuoteRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendAsync(HttpMethod.Post, Order("v4/orders:quote"), request, GelatoJsonContext.Default.GelatoQuoteRequest,
            GelatoJsonContext.Default.GelatoQuoteResponse, idempotent: true, cancellationToken);
    }

    /// <summary><c>GET /v4/orders/{id}</c>.</summary>
    public virtual Task<GelatoOrder> GetOrderAsync(string orderId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        return SendAsync<object, GelatoOrder>(HttpMethod.Get, Order($"v4/orders/{Uri.EscapeDataString(orderId)}"), null, null,
            GelatoJsonContext.Default.GelatoOrder, idempotent: true, cancellationToken);
    }

    /// <summary><c>POST /v4/orders:search</c> (a read, so retried like one).</summary>
    public virtual async Task<IReadOnlyList<GelatoOrderSummary>> SearchOrdersAsync(GelatoSearchOrdersRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await SendAsync(HttpMethod.Post, Order("v4/orders:search"), request, GelatoJsonContext.Default.GelatoSearchOrdersRequest,
            GelatoJsonContext.Default.GelatoSearchOrdersResponse, idempotent: true, cancellationToken).ConfigureAwait(false);
        return response.Orders ?? throw Malformed("the search response has no 'orders'");
    }

    /// <summary>
    /// <c>POST /v4/orders/{id}:cancel</c>. Cancelling twice is harmless, so it is retried.
    /// </summary>
    /// <exception cref="ConflictException">HTTP 409: at least one item is already printed.</exception>
    public virtual async Task CancelOrderAsync(string orderId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        using var response = await SendRawAsync(HttpMethod.Post, Order($"v4/orders/{Uri.EscapeDataString(orderId)}:cancel"), null,
            idempotent: true, cancellationToken).ConfigureAwait(false);
    }

    /// <summary><c>GET shipment.gelatoapis.com/v1/shipment-methods[?country=XX]</c>.</summary>
    public virtual async Task<IReadOnlyList<GelatoShipmentMethod>> GetShipmentMethodsAsync(string? country = null, CancellationToken cancellationToken = default)
    {
        var path = country is null ? "v1/shipment-methods" : $"v1/shipment-methods?country={Uri.EscapeDataString(country)}";
        var response = await SendAsync<object, GelatoShipmentMethodsResponse>(HttpMethod.Get, new Uri(_options.ShipmentBaseAddress, path), null, null,
            GelatoJsonContext.Default.GelatoShipmentMethodsResponse, idempotent: true, cancellationToken).ConfigureAwait(false);
        return response.ShipmentMethods ?? throw Malformed("the shipment-methods response has no 'shipmentMethods'");
    }

    /// <summary>
    /// Product API v3 <c>POST /v3/stock/region-availability</c>: each product's stock per Gelato stock region. A read, so
    /// retried.
    /// </summary>
    public virtual async Task<GelatoStockAvailabilityResponse> GetStockRegionAvailabilityAsync(IReadOnlyList<string> productUids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(productUids);
        var request = new GelatoStockAvailabilityRequest { Products = productUids };
        var response = await SendAsync(HttpMethod.Post, new Uri(_options.ProductBaseAddress, "v3/stock/region-availability"), request,
            GelatoJsonContext.Default.GelatoStockAvailabilityRequest, GelatoJsonContext.Default.GelatoStockAvailabilityResponse, idempotent: true, cancellationToken).ConfigureAwait(false);
        return response.ProductsAvailability is null ? throw Malformed("the region-availability response has no 'productsAvailability'") : response;
    }

    private Uri Order(string path) => new(_options.BaseAddress, path);

    private async Task<TResponse> SendAsync<TRequest, TResponse>(
        HttpMethod method, Uri uri, TRequest? body, JsonTypeInfo<TRequest>? requestType, JsonTypeInfo<TResponse> responseType,
        bool idempotent, CancellationToken cancellationToken)
    {
        using var response = await SendRawAsync(method, uri, body is null ? null : JsonContent.Create(body, requestType!), idempotent, cancellationToken).ConfigureAwait(false);
        return await _funnel.ReadJsonAsync(response, responseType, cancellationToken).ConfigureAwait(false);
    }

    private async Task<HttpResponseMessage> SendRawAsync(HttpMethod method, Uri uri, HttpContent? content, bool idempotent, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, uri) { Content = content };
        request.Headers.TryAddWithoutValidation("X-API-KEY", _options.ApiKey);
        request.SetRetryable(idempotent);
        return await _funnel.SendCheckedAsync(_http, request, cancellationToken).ConfigureAwait(false);
    }

    internal MalformedResponseException Malformed(string problem) => _funnel.Malformed(null, problem, null);
}
