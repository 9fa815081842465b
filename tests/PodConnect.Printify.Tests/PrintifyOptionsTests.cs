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
