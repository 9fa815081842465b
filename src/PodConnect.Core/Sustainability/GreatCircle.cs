namespace PodConnect.Sustainability;

/// <summary>Straight-line distance over the Earth's surface (the haversine formula, as Shopify's routing uses).</summary>
public static class GreatCircle
{
    /// <summary>Mean Earth radius in kilometres (IUGG).</summary>
    public const double EarthRadiusKm = 6371.0088;

    /// <summary>Haversine distance between two points in kilometres.</summary>
    public static double DistanceKm(GeoPoint from, GeoPoint to)
    {
        const double ToRadians = Math.PI / 180.0;
        var dLat = (to.Latitude - from.Latitude) * ToRadians;
        var dLon = (to.Longitude - from.Longitude) * ToRadians;
        var sinLat = Math.Sin(dLat / 2);
        var sinLon = Math.Sin(dLon / 2);
        var a = (sinLat * sinLat) + (Math.Cos(from.Latitude * ToRadians) * Math.Cos(to.Latitude * ToRadians) * sinLon * sinLon);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1.0, Math.Sqrt(a)));
    }
}
