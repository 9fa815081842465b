using PodConnect.Domain;

namespace PodConnect.Providers;

/// <summary>What the provider would charge and how fast it could deliver.</summary>
/// <param name="Provider">The provider's name.</param>
/// <param name="ProductsCost">The products' cost without shipping, when the provider says.</param>
/// <param name="ShippingOptions">The shipping methods on offer, cheapest first.</param>
public sealed record PodQuote(string Provider, Money? ProductsCost, IReadOnlyList<PodShippingOption> ShippingOptions)
{
    /// <summary>The distinct production countries the provider named (empty when it does not say).</summary>
    public IReadOnlyList<CountryCode> ProductionCountries =>
        [.. ShippingOptions.Where(o => o.ProductionCountry is not null).Select(o => o.ProductionCountry!.Value).Distinct()];
}
