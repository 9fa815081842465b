using Microsoft.Extensions.DependencyInjection;

namespace PodConnect.DependencyInjection;

/// <summary>
/// What every provider's <c>AddXxx</c> returns: the PodConnect builder, to chain more providers, and the
/// provider's <see cref="IHttpClientBuilder"/>, to add your own handlers (they run inside the
/// resilience pipeline, on every attempt).
/// </summary>
public sealed class PodProviderBuilder : IPodConnectBuilder
{
    internal PodProviderBuilder(IServiceCollection services, string name, IHttpClientBuilder httpClient)
    {
        Services = services;
        Name = name;
        HttpClient = httpClient;
    }

    /// <inheritdoc />
    public IServiceCollection Services { get; }

    /// <summary>The provider's short name (<c>gelato</c>): its DI key, log and metric tag.</summary>
    public string Name { get; }

    /// <summary>The builder of the provider's <see cref="System.Net.Http.HttpClient"/>.</summary>
    public IHttpClientBuilder HttpClient { get; }
}
