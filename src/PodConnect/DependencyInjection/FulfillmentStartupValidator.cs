using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PodConnect.Catalog;
using PodConnect.Fulfillment;
using PodConnect.Marketplaces;
using PodConnect.Providers;
using PodConnect.Routing;

namespace PodConnect.DependencyInjection;

/// <summary>
/// Checks at start-up that the loop can work: a marketplace and at least one provider registered, a
/// catalogue whose every SKU some registered provider makes (else an error naming the SKU and its
/// unregistered providers), and a network with facilities of a registered provider.
/// </summary>
internal sealed class FulfillmentStartupValidator(IServiceProvider services) : IValidateOptions<FulfillmentOptions>
{
    public ValidateOptionsResult Validate(string? name, FulfillmentOptions options)
    {
        var errors = new List<string>();
        if (services.GetService<IMarketplace>() is null)
        {
            errors.Add("RunFulfillment needs a marketplace: add one to AddPodConnect, e.g. .AddTikTokShop(configuration.GetSection(\"PodConnect:TikTokShop\")).");
        }

        var registered = services.GetServices<IPodProvider>().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        if (registered.Count == 0)
        {
            errors.Add("RunFulfillment needs at least one provider: add one to AddPodConnect, e.g. .AddGelato(…) or .AddPrintful(…).");
        }

        var catalog = services.GetService<IProductCatalog>();
        if (catalog is null)
        {
            errors.Add("RunFulfillment needs a catalogue: call .UseCatalog(c => c.FromJsonFile(\"catalog.json\")) (SKU → product kind and each provider's product).");
        }
        else if (registered.Count > 0)
        {
            foreach (var entry in catalog.Entries)
            {
                if (!entry.Providers.Keys.Any(registered.Contains))
                {
                    errors.Add($"Catalogue SKU '{entry.Sku}' is mapped only to {string.Join(", ", entry.Providers.Keys.Select(p => $"'{p}'"))}, which {(entry.Providers.Count == 1 ? "is" : "are")} not registered (registered: {string.Join(", ", registered.Order(StringComparer.Ordinal))}). Register the provider or map the SKU to a registered one.");
                }
            }
        }

        try
        {
            var network = services.GetRequiredService<FulfillmentRouter>();
            if (registered.Count > 0 && !network.NetworkProviders.Any(registered.Contains))
            {
                errors.Add($"The facility network has no facility of a registered provider (network: {string.Join(", ", network.NetworkProviders)}; registered: {string.Join(", ", registered)}). Use a network that lists your providers.");
            }
        }
        catch (Exception e) when (e is NetworkValidationException or IOException or UnauthorizedAccessException)
        {
            errors.Add("The facility network could not be loaded: " + e.Message);
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
