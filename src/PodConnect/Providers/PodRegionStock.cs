namespace PodConnect.Providers;

/// <summary>A product's stock in one of the provider's own regions (a Printful selling region, a Gelato stock region), before it is mapped to facilities.</summary>
/// <param name="Region">The provider's region name, verbatim (e.g. <c>uk</c>, <c>EU</c>).</param>
/// <param name="Status">The status, normalized.</param>
/// <param name="RawStatus">The provider's status, verbatim.</param>
public readonly record struct PodRegionStock(string Region, PodStockStatus Status, string? RawStatus);
