namespace PodConnect.Providers;

/// <summary>A parcel sent by the provider, with what is needed to mark the marketplace order shipped.</summary>
/// <param name="Id">The provider's shipment or package id, when given (used to merge tracking updates).</param>
/// <param name="Carrier">The carrier's name or code as the provider gives it (e.g. <c>DHL</c>, <c>FEDEX</c>); may be a shipment method name when the provider exposes no carrier field.</param>
/// <param name="TrackingNumber">The tracking number.</param>
/// <param name="TrackingUrl">The tracking page, when given.</param>
/// <param name="ShippedAt">When it left the facility, when given.</param>
public sealed record PodShipment(
    string? Id,
    string? Carrier,
    string? TrackingNumber,
    Uri? TrackingUrl,
    DateTimeOffset? ShippedAt = null);
