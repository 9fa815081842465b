using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PodConnect.TikTokShop.Auth;

namespace PodConnect.TikTokShop.Tests;

public class DependencyInjectionTests
{
    private static ServiceProvider Build(Action<TikTokShopClientOptions> configure)
    {
        var services = new ServiceCollection();
        services.AddPodConnect(b => b.AddTikTokShop(configure));
        return services.BuildServiceProvider();
    }

    [Theory]
    [InlineData("", "s3cr3t-value", "TikTokShop:AppKey")]
    [InlineData("key-value", " ", "TikTokShop:AppSecret")]
    public void Missing_credentials_fail_with_the_setting_named(string key, string secret, string setting)
    {
        using var provider = Build(o => { o.AppKey = key; o.AppSecret = secret; });
        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<TikTokShopClient>());
        Assert.Contains(setting, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t-value", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_resilience_setting_is_named()
    {
        using var provider = Build(o => { o.AppKey = "k"; o.AppSecret = "s"; o.Resilience.MaxRetryAttempts = -1; });
        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<TikTokShopClientOptions>>().Value);
        Assert.Contains("TikTokShop:Resilience:MaxRetryAttempts", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Relative_base_url_is_rejected()
    {
        using var provider = Build(o => { o.AppKey = "k"; o.AppSecret = "s"; o.ApiBaseUrl = new Uri("/api", UriKind.Relative); });
        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<TikTokShopClientOptions>>().Value);
        Assert.Contains("TikTokShop:ApiBaseUrl", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Users_can_replace_the_token_store_and_chain_their_own_handlers()
    {
        var services = new ServiceCollection();
        var store = new InMemoryTikTokShopTokenStore();
        services.AddSingleton<ITikTokShopTokenStore>(store);
        var handlerAdded = false;
        services.AddPodConnect(b =>
        {
            var tiktok = b.AddTikTokShop(o => { o.AppKey = "k"; o.AppSecret = "s"; });
            tiktok.HttpClient.ConfigureHttpClient(_ => handlerAdded = true);
        });
        using var provider = services.BuildServiceProvider();

        Assert.Same(store, provider.GetRequiredService<ITikTokShopTokenStore>());
        var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(Internal.TikTokShopTransport.HttpClientName);
        Assert.True(handlerAdded);
        Assert.Equal(Timeout.InfiniteTimeSpan, http.Timeout);
    }
}
