using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Options;
using PodConnect.DependencyInjection;
using PodConnect.Errors;
using PodConnect.Http;
using PodConnect.Printify.Internal;
using PodConnect.Printify.Models;
using PodConnect.Printify.Serialization;

namespace PodConnect.Printify;

/// <summary>
/// The typed client of Printify's API v1 for one shop. Thread-safe; every call is <see langword="virtual"/>
/// so it can be mocked. Every request carries the bearer token and the <c>User-Agent</c> Printify
/// requires. Creating and sending to production are never retried blindly (no idempotency key exists).
/// </summary>
public class PrintifyClient
{
    /// <summary>The service name on errors and events: <c>printify</c>.</summary>
    public const string ServiceName = "printify";

    /// <summary>The name of the <see cref="HttpClient"/> registered by <c>AddPrintify</c>: <c>PodConnect.printify</c>.</summary>
    public static string HttpClientName { get; } = PodProviderRegistration.HttpClientName(ServiceName);

    /// <summary>Printify's largest page of orders.</summary>
    public const int MaxPageSize = 10;

    private readonly HttpClient _http = null!;
    private readonly PrintifyClientOptions _options = null!;
    private readonly PrintifyErrorFunnel _funnel = null!;

    /// <summary>For mocking only.</summary>
    protected PrintifyClient()
    {
    }

    /// <summary>Creates a client over an <see cref="HttpClient"/> (normally from <c>AddPrintify</c>).</summary>
    public PrintifyClient(HttpClient httpClient, IOptions<PrintifyClientOptions> options, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(options);
        _http = httpClient;
        _options = options.Value;
        _funnel = new PrintifyErrorFunnel(timeProvider ?? TimeProvider.System);
    }

    /// <summary>
    /// <c>POST /v1/shops/{shop_id}/orders.json</c>: returns the new order's id. The order waits <c>on-hold</c>
    /// until <see cref="SendToProductionAsync"/>. Never retried; prefer <c>PrintifyPodProvider.PlaceOrderAsync</c>,
    /// which looks the external id up first.
    /// </summary>
    public virtual async Task<string> CreateOrderAsync(PrintifyCreateOrderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var created = await SendAsync(HttpMethod.Post, Shop("orders.json"), request, PrintifyJsonContext.Default.PrintifyCreateOrderRequest,
            PrintifyJsonContext.Default.PrintifyCreatedOrder, retryable: false, cancellationToken).ConfigureAwait(false);
        return created.Id is { Length: > 0 } id ? id : throw Malformed("the create response has no 'id'");
    }

    /// <summary><c>POST /v1/shops/{shop_id}/orders/{id}/send_to_production.json</c>: returns the order afterwards. Not retried.</summary>
    public virtual Task<PrintifyOrder> SendToProductionAsync(string orderId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        return SendOrderAsync(HttpMethod.Post, Shop($"orders/{Uri.EscapeDataString(orderId)}/send_to_production.json"), retryable: false, cancellationToken);
    }

    /// <summary><c>GET /v1/shops/{shop_id}/orders/{id}.json</c>.</summary>
    public virtual Task<PrintifyOrder> GetOrderAsync(string orderId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        return SendOrderAsync(HttpMethod.Get, Shop($"orders/{Uri.EscapeDataString(orderId)}.json"), retryable: true, cancellationToken);
    }

    /// <summary>
    /// <c>GET /v1/shops/{shop_id}/orders.json</c>, page after page (10 per page, Printify's maximum), streamed
    /// newest first. <paramref name="maxPages"/> bounds the walk.
    /// </summary>
    public virtual async IAsyncEnumerable<PrintifyOrder> ListOrdersAsync(string? status = null, int? maxPages = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var page = 1; maxPages is null || page <= maxPages; page++)
        {
            var query = $"orders.json?limit={MaxPageSize}&page={page.ToString(CultureInfo.InvariantCulture)}" + (status is null ? string.Empty : "&status=" + Uri.EscapeDataString(status));
            var result = await SendAsync<object, PrintifyOrderPage>(HttpMethod.Get, Shop(query), null, null,
                PrintifyJsonContext.Default.PrintifyOrderPage, retryable: true, cancellationToken).ConfigureAwait(false);
            var orders = result.Data ?? throw Malformed("the order page has no 'data'");
            foreach (var order in orders)
            {
                if (order is not null)
                {
                    yield return order;
                }
            }

            var last = result.LastPage ?? (result.NextPageUrl is null ? page : int.MaxValue);
            if (orders.Count == 0 || page >= last)
            {
                yield break;
            }
        }
    }

    /// <summary><c>POST /v1/shops/{shop_id}/orders/{id}/cancel.json</c>: only while <c>on-hold</c> or <c>payment-not-received</c>. Returns the order afterwards.</summary>
    public virtual Task<PrintifyOrder> CancelOrderAsync(string orderId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        return SendOrderAsync(HttpMethod.Post, Shop($"orders/{Uri.EscapeDataString(orderId)}/cancel.json"), retryable: true, cancellationToken);
    }

    /// <summary>
    /// <c>POST /v1/shops/{shop_id}/orders/shipping.json</c>: shipping cost in cents per method name
    /// (<c>standard</c>, <c>priority</c>/<c>express</c>, <c>printify_express</c>, <c>economy</c>). A read, so retried.
    /// </summary>
    public virtual Task<Dictionary<string, long>> CalculateShippingAsync(PrintifyShippingRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return SendAsync(HttpMethod.Post, Shop("orders/shipping.json"), request, PrintifyJsonContext.Default.PrintifyShippingRequest,
            PrintifyJsonContext.Default.DictionaryStringInt64, retryable: true, cancellationToken);
    }

    /// <summary>
    /// <c>GET /v1/catalog/blueprints/{blueprint_id}/print_providers/{print_provider_id}/variants.json</c>: the variants the
    /// print provider makes of the blueprint — without <c>show-out-of-stock=1</c>, only those in stock. A read, so retried.
    /// </summary>
    public virtual Task<PrintifyCatalogVariants> GetCatalogVariantsAsync(long blueprintId, long printProviderId, CancellationToken cancellationToken = default)
    {
        var path = $"catalog/blueprints/{blueprintId.ToString(CultureInfo.InvariantCulture)}/print_providers/{printProviderId.ToString(CultureInfo.InvariantCulture)}/variants.json";
        return SendAsync<object, PrintifyCatalogVariants>(HttpMethod.Get, new Uri(_options.BaseAddress, path), null, null,
            PrintifyJsonContext.Default.PrintifyCatalogVariants, retryable: true, cancellationToken);
    }

    private Uri Shop(string path) => new(_options.BaseAddress, $"shops/{Uri.EscapeDataString(_options.ShopId)}/{path}");

    private async Task<PrintifyOrder> SendOrderAsync(HttpMethod method, Uri uri, bool retryable, CancellationToken cancellationToken)
    {
        var order = await SendAsync<object, PrintifyOrder>(method, uri, null, null, PrintifyJsonContext.Default.PrintifyOrder, retryable, cancellationToken).ConfigureAwait(false);
        return order.Id is { Length: > 0 } ? order : throw Malformed("the order has no 'id'");
    }

    private async Task<TResponse> SendAsync<TRequest, TResponse>(
        HttpMethod method, Uri uri, TRequest? body, JsonTypeInfo<TRequest>? requestType, JsonTypeInfo<TResponse> responseType,
        bool retryable, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, uri) { Content = body is null ? null : JsonContent.Create(body, requestType!) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.AccessToken);
        request.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
        request.SetRetryable(retryable);
        using var response = await _funnel.SendCheckedAsync(_http, request, cancellationToken).ConfigureAwait(false);
        return await _funnel.ReadJsonAsync(response, responseType, cancellationToken).ConfigureAwait(false);
    }

    internal MalformedResponseException Malformed(string problem) => _funnel.Malformed(null, problem, null);
}
