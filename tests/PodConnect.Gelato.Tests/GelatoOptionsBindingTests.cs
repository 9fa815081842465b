using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace PodConnect.Gelato.Tests;

public class GelatoOptionsBindingTests
{
    [Fact]
    public void Options_bind_from_a_configuration_section_then_the_callback_adjusts_them()
    {
        var section = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Gelato:ApiKey"] = "key-1",
            ["Gelato:WebhookSecret"] = "wh-1",
            ["Gelato:BaseAddress"] = "https://order.example/",
            ["Gelato:Resilience:PermitsPerSecond"] = "7",
        }).Build().GetSection("Gelato");
        var services = new ServiceCollection();
        services.AddPodConnect(b => b.AddGelato(section, o => o.CustomerReferenceId = "shop-9"));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<GelatoClientOptions>>().Value;
        Assert.Equal("key-1", options.ApiKey);
        Assert.Equal("wh-1", options.WebhookSecret);
        Assert.Equal(new Uri("https://order.example/"), options.BaseAddress);
        Assert.Equal(7, options.Resilience.PermitsPerSecond);
        Assert.Equal("shop-9", options.CustomerReferenceId);
        Assert.NotNull(provider.GetRequiredService<GelatoPodProvider>());
    }

    [Fact]
    public void A_section_without_the_key_fails_validation_naming_it()
    {
        var section = new ConfigurationBuilder().Build().GetSection("Gelato");
        var services = new ServiceCollection();
        services.AddPodConnect(b => b.AddGelato(section));
        using var provider = services.BuildServiceProvider();

        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<GelatoClientOptions>>().Value);
        Assert.Contains("ApiKey", e.Message, StringComparison.Ordinal);
    }
}
