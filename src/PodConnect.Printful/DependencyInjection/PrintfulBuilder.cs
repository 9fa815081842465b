using Microsoft.Extensions.DependencyInjection;
using PodConnect.DependencyInjection;

namespace PodConnect.Printful.DependencyInjection;

/// <summary>
/// Returned by <c>AddPrintful</c>: keeps the PodConnect builder chain going and exposes the Printful
/// <see cref="IHttpClientBuilder"/> so you can add your own handlers.
/// </summary>
public sealed class PrintfulBuilder : IPodConnectBuilder
{
    internal PrintfulBuilder(IPodConnectBuilder inner, IHttpClientBuilder httpClient)
    {
        Services = inner.Services;
        HttpClient = httpClient;
    }

    /// <inheritdoc />
    public IServiceCollection Services { get; }

    /// <summary>The builder of Printful's named <see cref="System.Net.Http.HttpClient"/>.</summary>
    public IHttpClientBuilder HttpClient { get; }
}
