namespace PodConnect.Sustainability;

/// <summary>A point on the Earth in decimal degrees (WGS 84).</summary>
public readonly record struct GeoPoint
{
    /// <summary>Creates a point; latitude in [-90, 90], longitude in [-180, 180].</summary>
    /// <exception cref="ArgumentOutOfRangeException">A coordinate is out of range or not a number.</exception>
    public GeoPoint(double latitude, double longitude)
    {
        if (!(latitude is >= -90 and <= 90))
        {
            throw new ArgumentOutOfRangeException(nameof(latitude), latitude, "Latitude must be between -90 and 90 degrees.");
        }

        if (!(longitude is >= -180 and <= 180))
        {
            throw new ArgumentOutOfRangeException(nameof(longitude), longitude, "Longitude must be between -180 and 180 degrees.");
        }

        Latitude = latitude;
        Longitude = longitude;
    }

    /// <summary>Degrees north (negative: south).</summary>
    public double Latitude { get; }

    /// <summary>Degrees east (negative: west).</summary>
    public double Longitude { get; }

    /// <summary>Great-circle (haversine) distance to another point in kilometres.</summary>
    public double DistanceKmTo(GeoPoint other) => GreatCircle.DistanceKm(this, other);
}
