using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PodConnect.Catalog;
using PodConnect.DependencyInjection;
using PodConnect.Fulfillment;
using PodConnect.Health;
using PodConnect.Inventory;
using PodConnect.Marketplaces;
using PodConnect.Providers;
using PodConnect.Telemetry;

// Extension methods for the PodConnect builder live here so they show up without a using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>The inventory guard on the PodConnect builder: <c>.RunFulfillment().GuardInventory()</c>.</summary>
public static class PodConnectInventoryBuilderExtensions
{
    /// <summary>
    /// Keeps the marketplace's stock honest on every pass of the fulfilment loop: per catalogued SKU, the
    /// least of what the providers that can make it in time can still dispatch (capacity, stock-outs and
    /// closures) and what the <see cref="IInventoryBudget"/> allows (by default the shop's health: nothing
    /// more while late dispatch, on-time delivery or seller-fault cancellation is Over, at most the headroom
    /// (at least <see cref="InventoryOptions.NearHealthAllowance"/>) while Near; <see cref="UseInventoryBudget"/> replaces it), sent as absolute values only when changed, one call per
    /// product. The marketplace must implement <see cref="IMarketplaceInventory"/> (TikTok Shop does);
    /// checked at start-up. Needs <c>RunFulfillment()</c>.
    /// </summary>
    public static IPodConnectBuilder GuardInventory(this IPodConnectBuilder builder, Action<InventoryOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var options = services.AddOptions<InventoryOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<InventoryOptions>, InventoryOptionsValidator>());
        services.TryAddSingleton<IInventoryBudget>(sp =>
        {
            var inventory = sp.GetRequiredService<IOptions<InventoryOptions>>().Value;
            return new ShopHealthInventoryBudget(sp.GetRequiredService<IShopHealth>(), inventory.NearHealthAllowance, inventory.OverHealthAllowance);
        });
        services.TryAddSingleton(sp => new InventoryGuard(
            sp.GetRequiredService<IMarketplace>() as IMarketplaceInventory
                ?? throw new InvalidOperationException($"GuardInventory needs a marketplace that implements {nameof(IMarketplaceInventory)}."),
            sp.GetRequiredService<IProductCatalog>(),
            sp.GetRequiredService<FulfillmentRouter>(),
            sp.GetServices<IPodProvider>().Select(p => p.Name),
            sp.GetRequiredService<IInventoryBudget>(),
            sp.GetRequiredService<IOptions<InventoryOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<InventoryGuard>>(),
            sp.GetRequiredService<FulfillmentTelemetry>()));
        return builder;
    }

    /// <summary>Guards inventory with settings from a configuration section, e.g. <c>PodConnect:Inventory</c>.</summary>
    public static IPodConnectBuilder GuardInventory(this IPodConnectBuilder builder, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return builder.GuardInventory(o => section.Bind(o));
    }

    /// <summary>Uses <paramref name="budget"/> as the shop-health limit on what may be sold (see <see cref="IInventoryBudget"/>).</summary>
    public static IPodConnectBuilder UseInventoryBudget(this IPodConnectBuilder builder, IInventoryBudget budget)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(budget);
        builder.Services.Replace(ServiceDescriptor.Singleton(budget));
        return builder;
    }

    private sealed class InventoryOptionsValidator(IMarketplace marketplace) : IValidateOptions<InventoryOptions>
    {
        public ValidateOptionsResult Validate(string? name, InventoryOptions options)
        {
            if (options.Validate() is { } error)
            {
                return ValidateOptionsResult.Fail(error);
            }

            return marketplace is IMarketplaceInventory
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail($"GuardInventory: the marketplace '{marketplace.Name}' cannot set stock (it does not implement {nameof(IMarketplaceInventory)}).");
        }
    }
}
