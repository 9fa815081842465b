using Microsoft.Extensions.DependencyInjection;
using PodConnect.DependencyInjection;

namespace PodConnect.Prodigi.DependencyInjection;

/// <summary>
/// Returned by <c>AddProdigi</c>: keeps the PodConnect builder chain going and exposes the Prodigi
/// <see cref="IHttpClientBuilder"/> so you can add your own handlers.
/// </summary>
public sealed class ProdigiBuilder : IPodConnectBuilder
{
    internal ProdigiBuilder(IPodConnectBuilder inner, IHttpClientBuilder httpClient)
    {
        Services = inner.Services;
        HttpClient = httpClient;
    }

    /// <inheritdoc />
    public IServiceCollection Services { get; }

    /// <summary>The builder of Prodigi's named <see cref="System.Net.Http.HttpClient"/>.</summary>
    public IHttpClientBuilder HttpClient { get; }
}
