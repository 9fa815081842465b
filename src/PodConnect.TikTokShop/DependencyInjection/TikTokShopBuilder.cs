using Microsoft.Extensions.DependencyInjection;

namespace PodConnect.TikTokShop.DependencyInjection;

/// <summary>What <c>AddTikTokShop</c> returns: the PodConnect builder to chain more providers, and the TikTok Shop <see cref="IHttpClientBuilder"/> for your own handlers.</summary>
public sealed class TikTokShopBuilder : PodConnect.DependencyInjection.IPodConnectBuilder
{
    internal TikTokShopBuilder(PodConnect.DependencyInjection.IPodConnectBuilder parent, IHttpClientBuilder httpClient)
    {
        Services = parent.Services;
        HttpClient = httpClient;
    }

    /// <inheritdoc />
    public IServiceCollection Services { get; }

    /// <summary>The TikTok Shop HTTP client. Handlers you add run inside the retry pipeline, after signing is set up.</summary>
    public IHttpClientBuilder HttpClient { get; }
}
