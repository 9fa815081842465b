using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PodConnect.Providers;

namespace PodConnect.Prodigi.Tests;

public class ProdigiOptionsTests
{
    [Fact]
    public void A_missing_key_fails_naming_the_setting()
    {
        var services = new ServiceCollection();
        services.AddPodConnect(b => b.AddProdigi(_ => { }));
        using var provider = services.BuildServiceProvider();
        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<ProdigiClientOptions>>().Value);
        Assert.Contains("ProdigiClientOptions.ApiKey", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sandbox_is_the_default_and_live_is_chosen_explicitly()
    {
        Assert.Equal(new Uri("https://api.sandbox.prodigi.com/v4.0/"), new ProdigiClientOptions().EffectiveBaseAddress);
        Assert.Equal(new Uri("https://api.prodigi.com/v4.0/"), new ProdigiClientOptions { Environment = ProdigiEnvironment.Live }.EffectiveBaseAddress);
    }

    [Fact]
    public void The_provider_is_registered_keyed_and_secrets_never_show_in_ToString()
    {
        var services = new ServiceCollection();
        services.AddPodConnect(b => b.AddProdigi(o => { o.ApiKey = "k-123"; o.CallbackSecret = "s-456"; }));
        using var provider = services.BuildServiceProvider();
        Assert.IsType<ProdigiPodProvider>(provider.GetRequiredKeyedService<IPodProvider>("prodigi"));
        var text = provider.GetRequiredService<IOptions<ProdigiClientOptions>>().Value.ToString();
        Assert.DoesNotContain("k-123", text, StringComparison.Ordinal);
        Assert.DoesNotContain("s-456", text, StringComparison.Ordinal);
    }
}
