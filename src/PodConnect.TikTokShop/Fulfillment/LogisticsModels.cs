namespace PodConnect.TikTokShop.Fulfillment;

/// <summary>A seller warehouse.</summary>
/// <param name="Id">Warehouse id.</param>
/// <param name="Name">Name (not unique).</param>
/// <param name="IsDefault">Whether it is the default warehouse.</param>
/// <param name="EffectStatus"><c>ENABLED</c>, <c>DISABLED</c> or <c>RESTRICTED</c>.</param>
/// <param name="Type"><c>SALES_WAREHOUSE</c> or <c>RETURN_WAREHOUSE</c>.</param>
/// <param name="SubType"><c>DOMESTIC_WAREHOUSE</c>, <c>CB_OVERSEA_WAREHOUSE</c>…</param>
/// <param name="Address">Where it is.</param>
public sealed record TikTokWarehouse(string Id, string? Name, bool IsDefault, string? EffectStatus, string? Type, string? SubType, TikTokWarehouseAddress? Address);

/// <summary>A warehouse address.</summary>
/// <param name="RegionCode">Country, ISO alpha-2.</param>
/// <param name="PostalCode">Postal code.</param>
/// <param name="City">City.</param>
/// <param name="State">State or province.</param>
/// <param name="FullAddress">The whole address.</param>
public sealed record TikTokWarehouseAddress(string? RegionCode, string? PostalCode, string? City, string? State, string? FullAddress);

/// <summary>A delivery option of a warehouse.</summary>
/// <param name="Id">Delivery option id.</param>
/// <param name="Name">Name.</param>
/// <param name="Description">Description.</param>
/// <param name="Type"><c>STANDARD</c>, <c>EXPRESS</c>, <c>ECONOMY</c> or <c>SEND_BY_SELLER</c>.</param>
public sealed record TikTokDeliveryOption(string Id, string? Name, string? Description, string? Type);

/// <summary>A carrier TikTok knows for a delivery option.</summary>
/// <param name="Id">The <c>shipping_provider_id</c> to send when marking shipped.</param>
/// <param name="Name">The carrier's name, e.g. <c>Royal Mail</c>.</param>
public sealed record TikTokShippingProvider(string Id, string Name);

internal sealed class WarehousesData
{
    public IReadOnlyList<TikTokWarehouse>? Warehouses { get; init; }
}

internal sealed class DeliveryOptionsData
{
    public IReadOnlyList<TikTokDeliveryOption>? DeliveryOptions { get; init; }
}

internal sealed class ShippingProvidersData
{
    public IReadOnlyList<TikTokShippingProvider>? ShippingProviders { get; init; }
}
