using Microsoft.Extensions.DependencyInjection;
using PodConnect.DependencyInjection;

namespace PodConnect.Gelato.DependencyInjection;

/// <summary>
/// Returned by <c>AddGelato</c>: keeps the PodConnect builder chain going and exposes the Gelato
/// <see cref="IHttpClientBuilder"/> so you can add your own handlers.
/// </summary>
public sealed class GelatoBuilder : IPodConnectBuilder
{
    internal GelatoBuilder(IPodConnectBuilder inner, IHttpClientBuilder httpClient)
    {
        Services = inner.Services;
        HttpClient = httpClient;
    }

    /// <inheritdoc />
    public IServiceCollection Services { get; }

    /// <summary>The builder of Gelato's named <see cref="System.Net.Http.HttpClient"/>.</summary>
    public IHttpClientBuilder HttpClient { get; }
}
