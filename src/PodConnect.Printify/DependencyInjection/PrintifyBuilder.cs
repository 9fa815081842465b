using Microsoft.Extensions.DependencyInjection;
using PodConnect.DependencyInjection;

namespace PodConnect.Printify.DependencyInjection;

/// <summary>
/// Returned by <c>AddPrintify</c>: keeps the PodConnect builder chain going and exposes the Printify
/// <see cref="IHttpClientBuilder"/> so you can add your own handlers.
/// </summary>
public sealed class PrintifyBuilder : IPodConnectBuilder
{
    internal PrintifyBuilder(IPodConnectBuilder inner, IHttpClientBuilder httpClient)
    {
        Services = inner.Services;
        HttpClient = httpClient;
    }

    /// <inheritdoc />
    public IServiceCollection Services { get; }

    /// <summary>The builder of Printify's named <see cref="System.Net.Http.HttpClient"/>.</summary>
    public IHttpClientBuilder HttpClient { get; }
}
