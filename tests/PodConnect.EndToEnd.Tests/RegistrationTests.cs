using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PodConnect.Gelato;
using PodConnect.Printful;
using PodConnect.Providers;
using PodConnect.TikTokShop;

namespace PodConnect.EndToEnd.Tests;

/// <summary>The README's registration: one builder chain wires the marketplace and every provider.</summary>
public class RegistrationTests
{
    private static ServiceProvider Build(Action<TikTokShopClientOptions>? tikTok = null)
    {
        var services = new ServiceCollection();
        services.AddPodConnect(b => b
            .AddTikTokShop(tikTok ?? (o => { o.AppKey = "app-key"; o.AppSecret = "app-secret"; }))
            .AddGelato(o => o.ApiKey = "gelato-key")
            .AddPrintful(o => o.AccessToken = "printful-token"));
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    [Fact]
    public void One_chain_registers_the_marketplace_and_both_providers()
    {
        using var provider = Build();
        Assert.NotNull(provider.GetRequiredService<TikTokShopClient>());
        Assert.NotNull(provider.GetRequiredService<GelatoClient>());
        Assert.NotNull(provider.GetRequiredService<PrintfulClient>());
        var names = provider.GetServices<IPodProvider>().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["gelato", "printful"], names);
        Assert.Equal("gelato", provider.GetRequiredKeyedService<IPodProvider>("gelato").Name);
        Assert.Equal("printful", provider.GetRequiredKeyedService<IPodProvider>("printful").Name);
        Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void Missing_secret_fails_at_start_naming_the_setting()
    {
        using var provider = Build(o => o.AppKey = "app-key");
        var e = Assert.ThrowsAny<OptionsValidationException>(() => provider.GetRequiredService<IOptions<TikTokShopClientOptions>>().Value);
        Assert.Contains("AppSecret", e.Message, StringComparison.Ordinal);
    }
}
