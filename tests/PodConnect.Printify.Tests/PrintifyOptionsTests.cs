using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PodConnect.Providers;

namespace PodConnect.Printify.Tests;

public class PrintifyOptionsTests
{
    [Fact]
    public void Missing_token_and_shop_fail_naming_the_settings()
    {
        var services = new ServiceCollection();
        services.AddPodConnect(b => b.AddPrintify(o => o.UserAgent = ""));
        using var provider = services.BuildServiceProvider();
        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<PrintifyClientOptions>>().Value);
        Assert.Contains("PrintifyClientOptions.AccessToken", e.Message, StringComparison.Ordinal);
        Assert.Contains("PrintifyClientOptions.ShopId", e.Message, StringComparison.Ordinal);
        Assert.Contains("PrintifyClientOptions.UserAgent", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_bind_from_a_configuration_section()
    {
        var section = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Printify:AccessToken"] = "t-1",
            ["Printify:ShopId"] = "42",
            ["Printify:UserAgent"] = "MyShop/1.0",
            ["Printify:ExternalIdLookupPages"] = "3",
            ["Printify:Resilience:PermitsPerSecond"] = "5",
        }).Build().GetSection("Printify");
        var services = new ServiceCollection();
        services.AddPodConnect(b => b.AddPrintify(section, o => o.Currency = "EUR"));
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<PrintifyClientOptions>>().Value;
        Assert.Equal("42", options.ShopId);
        Assert.Equal("MyShop/1.0", options.UserAgent);
        Assert.Equal(3, options.ExternalIdLookupPages);
        Assert.Equal(5, options.Resilience.PermitsPerSecond);
        Assert.Equal("EUR", options.Currency);
        Assert.NotNull(provider.GetRequiredService<PrintifyErrorBudget>());
    }

    [Fact]
    public void The_provider_is_registered_keyed_and_secrets_never_show_in_ToString()
    {
        var services = new ServiceCollection();
        services.AddPodConnect(b => b.AddPrintify(o => { o.AccessToken = "tok-123"; o.ShopId = "1"; o.WebhookSecret = "wh-456"; }));
        using var provider = services.BuildServiceProvider();
        Assert.IsType<PrintifyPodProvider>(provider.GetRequiredKeyedService<IPodProvider>("printify"));
        var text = provider.GetRequiredService<IOptions<PrintifyClientOptions>>().Value.ToString();
        Assert.DoesNotContain("tok-123", text, StringComparison.Ordinal);
        Assert.DoesNotContain("wh-456", text, StringComparison.Ordinal);
    }
}
