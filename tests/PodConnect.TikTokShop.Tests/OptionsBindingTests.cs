using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace PodConnect.TikTokShop.Tests;

public class OptionsBindingTests
{
    [Fact]
    public void Options_bind_from_a_configuration_section_then_the_callback_adjusts_them()
    {
        var section = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PodConnect:TikTokShop:AppKey"] = "app-1",
            ["PodConnect:TikTokShop:AppSecret"] = "s3cr3t-value",
            ["PodConnect:TikTokShop:ServiceId"] = "svc-7",
            ["PodConnect:TikTokShop:ApiBaseUrl"] = "https://api.example/",
            ["PodConnect:TikTokShop:RefreshBeforeExpiry"] = "06:00:00",
            ["PodConnect:TikTokShop:Resilience:PermitsPerSecond"] = "20",
        }).Build().GetSection("PodConnect:TikTokShop");
        var services = new ServiceCollection();
        services.AddPodConnect(b => b.AddTikTokShop(section, o => o.ShippingProviderCacheDuration = TimeSpan.FromHours(1)));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<TikTokShopClientOptions>>().Value;
        Assert.Equal("app-1", options.AppKey);
        Assert.Equal("s3cr3t-value", options.AppSecret);
        Assert.Equal("svc-7", options.ServiceId);
        Assert.Equal(new Uri("https://api.example/"), options.ApiBaseUrl);
        Assert.Equal(TimeSpan.FromHours(6), options.RefreshBeforeExpiry);
        Assert.Equal(20, options.Resilience.PermitsPerSecond);
        Assert.Equal(TimeSpan.FromHours(1), options.ShippingProviderCacheDuration);
        Assert.NotNull(provider.GetRequiredService<TikTokShopClient>());
    }

    [Fact]
    public void A_section_without_credentials_fails_validation_naming_them_and_never_the_secret()
    {
        var section = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["TikTokShop:AppSecret"] = "s3cr3t-value",
        }).Build().GetSection("TikTokShop");
        var services = new ServiceCollection();
        services.AddPodConnect(b => b.AddTikTokShop(section));
        using var provider = services.BuildServiceProvider();

        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<TikTokShopClientOptions>>().Value);
        Assert.Contains("TikTokShop:AppKey", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cr3t-value", e.Message, StringComparison.Ordinal);
    }
}
