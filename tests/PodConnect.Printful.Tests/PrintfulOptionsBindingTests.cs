using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace PodConnect.Printful.Tests;

public class PrintfulOptionsBindingTests
{
    [Fact]
    public void Options_bind_from_a_configuration_section_then_the_callback_adjusts_them()
    {
        var section = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Printful:AccessToken"] = "tok-1",
            ["Printful:StoreId"] = "12345",
            ["Printful:WebhookSecretKey"] = "00ff",
            ["Printful:Resilience:PermitsPerSecond"] = "2",
        }).Build().GetSection("Printful");
        var services = new ServiceCollection();
        services.AddPodConnect(b => b.AddPrintful(section, o => o.WebhookUrlToken = "url-token"));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<PrintfulClientOptions>>().Value;
        Assert.Equal("tok-1", options.AccessToken);
        Assert.Equal("12345", options.StoreId);
        Assert.Equal("00ff", options.WebhookSecretKey);
        Assert.Equal(2, options.Resilience.PermitsPerSecond);
        Assert.Equal("url-token", options.WebhookUrlToken);
        Assert.NotNull(provider.GetRequiredService<PrintfulPodProvider>());
    }

    [Fact]
    public void A_section_without_the_token_fails_validation_naming_it()
    {
        var section = new ConfigurationBuilder().Build().GetSection("Printful");
        var services = new ServiceCollection();
        services.AddPodConnect(b => b.AddPrintful(section));
        using var provider = services.BuildServiceProvider();

        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<PrintfulClientOptions>>().Value);
        Assert.Contains("AccessToken", e.Message, StringComparison.Ordinal);
    }
}
