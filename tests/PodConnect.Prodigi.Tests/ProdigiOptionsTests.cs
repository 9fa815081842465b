using Microsoft.Extensions.Configuration;
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
        Assert.Equal(new Uri("https://api.sandbox.prodigi.com/v4.0/"), new ProdigiClientOptions().BaseAddress);
        Assert.Equal(new Uri("https://api.prodigi.com/v4.0/"), new ProdigiClientOptions { Environment = ProdigiEnvironment.Live }.BaseAddress);
        var fake = new Uri("http://127.0.0.1:5000/v4.0/");
        Assert.Equal(fake, new ProdigiClientOptions { BaseAddress = fake, Environment = ProdigiEnvironment.Live }.BaseAddress);
        Assert.Contains(new ProdigiClientOptions { ApiKey = "k", Environment = ProdigiEnvironment.Live, BaseAddress = ProdigiClientOptions.SandboxBaseAddress }.Validate(),
            f => f.Contains("Sandbox host", StringComparison.Ordinal));
    }

    [Fact]
    public void Options_bind_from_a_configuration_section()
    {
        var section = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Prodigi:ApiKey"] = "k-1",
            ["Prodigi:Environment"] = "Live",
            ["Prodigi:CallbackUrl"] = "https://shop.example/prodigi",
            ["Prodigi:CallbackSecret"] = "s-1",
            ["Prodigi:Resilience:PermitsPerSecond"] = "3",
        }).Build().GetSection("Prodigi");
        var services = new ServiceCollection();
        services.AddPodConnect(b => b.AddProdigi(section, o => o.Sizing = "fitPrintArea"));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<ProdigiClientOptions>>().Value;
        Assert.Equal("k-1", options.ApiKey);
        Assert.Equal(ProdigiEnvironment.Live, options.Environment);
        Assert.Equal(ProdigiClientOptions.LiveBaseAddress, options.BaseAddress);
        Assert.Equal(new Uri("https://shop.example/prodigi"), options.CallbackUrl);
        Assert.Equal(3, options.Resilience.PermitsPerSecond);
        Assert.Equal("fitPrintArea", options.Sizing);
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
