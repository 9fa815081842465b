using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PodConnect.Catalog;
using PodConnect.DependencyInjection;
using PodConnect.Fulfillment;
using PodConnect.Health;
using PodConnect.Inventory;
using PodConnect.Marketplaces;
using PodConnect.Providers;
using PodConnect.Routing;
using PodConnect.Stores;
using PodConnect.Telemetry;
using PodConnect.Webhooks;

// Extension methods for the PodConnect builder live here so they show up without a using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// The fulfilment loop on the PodConnect builder:
/// <c>.UseCatalog(…).UseNetwork(…).Route(p =&gt; …).RunFulfillment()</c>.
/// </summary>
public static class PodConnectFulfillmentBuilderExtensions
{
    /// <summary>Uses <paramref name="catalog"/> as the product catalogue.</summary>
    public static IPodConnectBuilder UseCatalog(this IPodConnectBuilder builder, IProductCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(catalog);
        builder.Services.Replace(ServiceDescriptor.Singleton(catalog));
        return builder;
    }

    /// <summary>Builds the catalogue in code or from JSON files: <c>.UseCatalog(c =&gt; c.FromJsonFile("catalog.json"))</c>. Built when first needed (at start-up).</summary>
    public static IPodConnectBuilder UseCatalog(this IPodConnectBuilder builder, Action<ProductCatalogBuilder> build)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(build);
        builder.Services.Replace(ServiceDescriptor.Singleton<IProductCatalog>(_ =>
        {
            var catalog = ProductCatalog.Create();
            build(catalog);
            return catalog.Build();
        }));
        return builder;
    }

    /// <summary>Uses your own catalogue type (e.g. one backed by your product database), resolved from DI.</summary>
    public static IPodConnectBuilder UseCatalog<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TCatalog>(this IPodConnectBuilder builder)
        where TCatalog : class, IProductCatalog
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Replace(ServiceDescriptor.Singleton<IProductCatalog, TCatalog>());
        return builder;
    }

    /// <summary>Loads the catalogue from the JSON file named by the section's <c>Path</c>, e.g. <c>PodConnect:Catalog</c> = <c>{ "Path": "catalog.json" }</c>.</summary>
    public static IPodConnectBuilder UseCatalog(this IPodConnectBuilder builder, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(section);
        var path = section["Path"];
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new OptionsValidationException("Path", typeof(IProductCatalog), [$"{SectionPath(section)}:Path must name the catalogue JSON file, e.g. \"catalog.json\"."]);
        }

        return builder.UseCatalog(c => c.FromJsonFile(path));
    }

    /// <summary>Routes over <paramref name="network"/> (e.g. <see cref="FacilityNetwork.BuiltInEurope"/>, the default).</summary>
    public static IPodConnectBuilder UseNetwork(this IPodConnectBuilder builder, FacilityNetwork network)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(network);
        Setup(builder).Network = _ => network;
        return builder;
    }

    /// <summary>Routes over the facility network in a JSON file (loaded and validated at start-up).</summary>
    public static IPodConnectBuilder UseNetwork(this IPodConnectBuilder builder, string jsonPath)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(jsonPath);
        Setup(builder).Network = _ => FacilityNetwork.Load(jsonPath);
        return builder;
    }

    /// <summary>Routes over the network file named by the section's <c>Path</c> (<c>{ "Path": "network.json" }</c>); without a path, the built-in European network.</summary>
    public static IPodConnectBuilder UseNetwork(this IPodConnectBuilder builder, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(section);
        var path = section["Path"];
        return string.IsNullOrWhiteSpace(path) ? builder.UseNetwork(FacilityNetwork.BuiltInEurope) : builder.UseNetwork(path);
    }

    /// <summary>
    /// Sets the routing policy: <c>.Route(p =&gt; p.PreferLocal().ThenBy(RoutingCriterion.Cost).ThenBy(RoutingCriterion.Co2e))</c>
    /// (the default). Whatever it allows, only registered providers that the catalogue maps the order's SKUs to are considered.
    /// </summary>
    public static IPodConnectBuilder Route(this IPodConnectBuilder builder, Func<RoutingPolicyBuilder, RoutingPolicyBuilder> policy)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(policy);
        Setup(builder).Policy = policy;
        return builder;
    }

    /// <summary>Runs the fulfilment loop with settings from a configuration section, e.g. <c>PodConnect:Fulfillment</c>.</summary>
    public static IPodConnectBuilder RunFulfillment(this IPodConnectBuilder builder, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return builder.RunFulfillment(o => section.Bind(o));
    }

    /// <summary>
    /// Runs the fulfilment loop as a hosted service: webhooks first (through <see cref="IWebhookIngress"/>),
    /// polling as the safety net. Registers the <see cref="FulfillmentReconciler"/>, the
    /// <see cref="FulfillmentMonitor"/> and the ingress; settings are validated at start-up together with
    /// the marketplace, providers, catalogue and network.
    /// </summary>
    public static IPodConnectBuilder RunFulfillment(this IPodConnectBuilder builder, Action<FulfillmentOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        Setup(builder);
        var options = services.AddOptions<FulfillmentOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FulfillmentOptions>, FulfillmentOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<FulfillmentOptions>, FulfillmentStartupValidator>());
        services.TryAddSingleton<FulfillmentMonitor>();
        AddShopHealth(services);
        services.TryAddSingleton(sp => new FulfillmentTelemetry(sp.GetService<System.Diagnostics.Metrics.IMeterFactory>()));
        services.TryAddSingleton(sp =>
        {
            var setup = sp.GetRequiredService<FulfillmentSetup>();
            var network = setup.Network?.Invoke(sp) ?? FacilityNetwork.BuiltInEurope;
            return new FulfillmentRouter(network.Compile(), setup.Policy, sp.GetRequiredService<ICapacityCounters>(), sp.GetRequiredService<IOptions<ShopHealthOptions>>().Value.SlackFirstMargin, sp.GetRequiredService<ProviderAvailabilityBoard>());
        });
        services.TryAddSingleton<ProviderAvailabilityBoard>();
        services.TryAddSingleton<IProviderAvailability>(sp => sp.GetRequiredService<ProviderAvailabilityBoard>());
        services.TryAddSingleton(sp => WithInventory(sp, new FulfillmentReconciler(
            sp.GetRequiredService<IMarketplace>(),
            sp.GetServices<IPodProvider>(),
            sp.GetRequiredService<IProductCatalog>(),
            sp.GetRequiredService<FulfillmentRouter>(),
            sp.GetRequiredService<IPlacedOrderIndex>(),
            sp.GetRequiredService<IDispatchLedgerStore>(),
            sp.GetRequiredService<ShopHealth>(),
            sp.GetRequiredService<IOrderLeases>(),
            sp.GetRequiredService<FulfillmentMonitor>(),
            sp.GetRequiredService<IOptions<FulfillmentOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<FulfillmentReconciler>>(),
            sp.GetRequiredService<FulfillmentTelemetry>())));
        services.TryAddSingleton(sp => new StockPoller(
            sp.GetServices<IPodStockSource>(),
            sp.GetServices<IPodProvider>().Select(p => p.Name),
            sp.GetRequiredService<IProductCatalog>(),
            sp.GetRequiredService<ProviderAvailabilityBoard>(),
            sp.GetRequiredService<IOptions<FulfillmentOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<StockPoller>>(),
            sp.GetRequiredService<FulfillmentTelemetry>()));
        services.TryAddSingleton<IWebhookIngress, WebhookIngress>();
        services.AddLogging();
        services.AddHostedService<FulfillmentHostedService>();
        return builder;
    }

    /// <summary>
    /// Sets the shop-health rules and the late budget that steers routing (see <see cref="ShopHealthOptions"/>);
    /// <see cref="RunFulfillment(IPodConnectBuilder, Action{FulfillmentOptions}?)"/> runs them with the defaults otherwise.
    /// </summary>
    public static IPodConnectBuilder UseShopHealth(this IPodConnectBuilder builder, Action<ShopHealthOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        AddShopHealth(builder.Services).Configure(configure);
        return builder;
    }

    /// <summary>Shop-health settings from a configuration section, e.g. <c>PodConnect:Health</c> (the rules themselves are set in code).</summary>
    public static IPodConnectBuilder UseShopHealth(this IPodConnectBuilder builder, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return builder.UseShopHealth(o => section.Bind(o));
    }

    private static OptionsBuilder<ShopHealthOptions> AddShopHealth(IServiceCollection services)
    {
        var options = services.AddOptions<ShopHealthOptions>();
        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ShopHealthOptions>, ShopHealthOptionsValidator>());
        services.TryAddSingleton(sp => new HealthTelemetry(sp.GetService<System.Diagnostics.Metrics.IMeterFactory>()));
        services.TryAddSingleton(sp => new ShopHealth(
            sp.GetRequiredService<IHealthLedgerStore>(),
            sp.GetRequiredService<IOptions<ShopHealthOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<ShopHealth>>(),
            sp.GetRequiredService<HealthTelemetry>()));
        services.TryAddSingleton<IShopHealth>(sp => sp.GetRequiredService<ShopHealth>());
        services.AddLogging();
        return options;
    }

    private static FulfillmentReconciler WithInventory(IServiceProvider services, FulfillmentReconciler reconciler)
    {
        reconciler.Inventory = services.GetService<InventoryGuard>();
        reconciler.Stock = services.GetRequiredService<StockPoller>();
        return reconciler;
    }

    private static FulfillmentSetup Setup(IPodConnectBuilder builder)
    {
        var existing = builder.Services.FirstOrDefault(d => d.ServiceType == typeof(FulfillmentSetup))?.ImplementationInstance;
        if (existing is FulfillmentSetup setup)
        {
            return setup;
        }

        setup = new FulfillmentSetup();
        builder.Services.AddSingleton(setup);
        return setup;
    }

    private static string SectionPath(IConfiguration section) => section is IConfigurationSection s ? s.Path : "(configuration)";
}
