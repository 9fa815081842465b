using PodConnect.Domain;
using PodConnect.Routing;
using PodConnect.Sustainability;

namespace PodConnect.Core.Tests.Routing;

/// <summary>Small networks and orders for routing tests.</summary>
internal static class TestNetworks
{
    public static readonly GeoPoint Madrid = new(40.42, -3.70);
    public static readonly GeoPoint Paris = new(48.86, 2.35);
    public static readonly GeoPoint Berlin = new(52.52, 13.40);
    public static readonly GeoPoint Amsterdam = new(52.37, 4.90);
    public static readonly GeoPoint London = new(51.51, -0.13);
    public static readonly GeoPoint Dublin = new(53.35, -6.26);

    private static readonly Lazy<CompiledNetwork> BuiltIn = new(() => FacilityNetwork.BuiltInEurope.Compile());

    /// <summary>The built-in network compiled once for the whole test run (compiling builds zone tables).</summary>
    public static CompiledNetwork BuiltInCompiled => BuiltIn.Value;

    public static Order Order(string id, CountryCode to, DateTimeOffset createdAt, DateTimeOffset? readyToShipBy = null, params (ProductKind Kind, int Quantity)[] items)
    {
        var lines = items.Length == 0 ? [(ProductKind.TShirt, 1)] : items;
        return new Order(
            id,
            createdAt,
            new Address(to),
            [.. lines.Select((l, i) => new OrderItem($"sku-{i}", l.Kind, l.Quantity))],
            readyToShipBy is null ? null : new OrderDeadlines(ReadyToShipBy: readyToShipBy));
    }
}
