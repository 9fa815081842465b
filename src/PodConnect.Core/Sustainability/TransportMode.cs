namespace PodConnect.Sustainability;

/// <summary>How a parcel travels the line-haul from the facility towards the buyer.</summary>
public enum TransportMode
{
    /// <summary>Articulated or rigid lorry (HGV), the usual European parcel line-haul.</summary>
    Road = 0,

    /// <summary>Delivery van (3.5 t), the usual last mile.</summary>
    Van = 1,

    /// <summary>Rail freight.</summary>
    Rail = 2,

    /// <summary>Air freight, short-haul (within Europe).</summary>
    AirShortHaul = 3,

    /// <summary>Air freight, long-haul (intercontinental).</summary>
    AirLongHaul = 4,
}
