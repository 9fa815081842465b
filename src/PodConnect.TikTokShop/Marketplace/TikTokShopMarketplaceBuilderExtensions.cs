using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PodConnect.Marketplaces;
using PodConnect.TikTokShop.DependencyInjection;
using PodConnect.TikTokShop.Marketplace;

// Extension methods for the PodConnect builder live here so they show up without a using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Makes TikTok Shop the fulfilment loop's marketplace.</summary>
public static class TikTokShopMarketplaceBuilderExtensions
{
    /// <summary>
    /// Serves the shops of these sellers to the fulfilment loop (all their authorized shops, or those in
    /// <see cref="TikTokShopMarketplaceOptions.ShopIds"/>): <c>.AddTikTokShop(…).ForSellers(o =&gt; o.SellerIds.Add("7010…"))</c>.
    /// Registers <see cref="IMarketplace"/> as <see cref="TikTokShopMarketplace"/>; validated at start-up.
    /// </summary>
    public static TikTokShopBuilder ForSellers(this TikTokShopBuilder builder, Action<TikTokShopMarketplaceOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var services = builder.Services;
        services.AddOptions<TikTokShopMarketplaceOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TikTokShopMarketplaceOptions>, MarketplaceOptionsValidator>());
        services.TryAddSingleton<TikTokShopDirectory>();
        services.TryAddSingleton<TikTokShopMarketplace>();
        services.TryAddSingleton<IMarketplace>(sp => sp.GetRequiredService<TikTokShopMarketplace>());
        return builder;
    }

    /// <summary>Serves these sellers' shops (see the other overload).</summary>
    public static TikTokShopBuilder ForSellers(this TikTokShopBuilder builder, params string[] sellerIds)
    {
        ArgumentNullException.ThrowIfNull(sellerIds);
        return builder.ForSellers(o => o.SellerIds.AddRange(sellerIds));
    }

    /// <summary>Serves the sellers (and shops) listed in a configuration section: <c>{ "SellerIds": [ "7010…" ], "ShopIds": [ ] }</c>.</summary>
    public static TikTokShopBuilder ForSellers(this TikTokShopBuilder builder, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return builder.ForSellers(o =>
        {
            o.SellerIds.AddRange(Values(section.GetSection("SellerIds")));
            o.ShopIds.AddRange(Values(section.GetSection("ShopIds")));
            if (TimeSpan.TryParse(section["ShopRefreshInterval"], System.Globalization.CultureInfo.InvariantCulture, out var refresh))
            {
                o.ShopRefreshInterval = refresh;
            }
        });
    }

    private static IEnumerable<string> Values(IConfigurationSection list) =>
        list.GetChildren().Select(c => c.Value).OfType<string>().Where(v => v.Length > 0);

    private sealed class MarketplaceOptionsValidator : IValidateOptions<TikTokShopMarketplaceOptions>
    {
        public ValidateOptionsResult Validate(string? name, TikTokShopMarketplaceOptions options) =>
            options.Validate() is { } error ? ValidateOptionsResult.Fail(error) : ValidateOptionsResult.Success;
    }
}
