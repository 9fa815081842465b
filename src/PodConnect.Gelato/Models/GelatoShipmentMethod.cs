namespace PodConnect.Gelato.Models;

/// <summary>The response of <c>GET shipment.gelatoapis.com/v1/shipment-methods</c>.</summary>
public sealed class GelatoShipmentMethodsResponse
{
    /// <summary>The methods.</summary>
    public IReadOnlyList<GelatoShipmentMethod>? ShipmentMethods { get; init; }
}

/// <summary>A shipment method Gelato offers.</summary>
public sealed class GelatoShipmentMethod
{
    /// <summary>Its uid.</summary>
    public string? ShipmentMethodUid { get; init; }

    /// <summary><c>normal</c>, <c>express</c> or <c>pallet</c>.</summary>
    public string? Type { get; init; }

    /// <summary>Display name.</summary>
    public string? Name { get; init; }

    /// <summary>Offered to businesses.</summary>
    public bool? IsBusiness { get; init; }

    /// <summary>Offered to private persons.</summary>
    public bool? IsPrivate { get; init; }

    /// <summary>Has tracking.</summary>
    public bool? HasTracking { get; init; }

    /// <summary>Destination countries.</summary>
    public IReadOnlyList<string>? SupportedCountries { get; init; }
}
