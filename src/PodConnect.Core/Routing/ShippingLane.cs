using PodConnect.Domain;
using PodConnect.Sustainability;

namespace PodConnect.Routing;

/// <summary>
/// How a facility ships to a destination country: transit working days, price and mode. A lane with
/// no <see cref="Destination"/> is the facility's rule for the rest of Europe (every European country
/// without a lane of its own, see <see cref="EuropeanCountries"/>).
/// </summary>
/// <param name="Destination">The destination country, or <c>null</c> for the rest of Europe.</param>
/// <param name="TransitDays">Working days from dispatch to delivery (in the destination's calendar).</param>
/// <param name="Cost">Price of the parcel in the network's currency.</param>
/// <param name="Carrier">Carrier and service, for people (e.g. "Royal Mail Tracked 48").</param>
/// <param name="Mode">Line-haul transport mode, for the CO2e estimate.</param>
public sealed record ShippingLane(CountryCode? Destination, int TransitDays, decimal Cost, string? Carrier = null, TransportMode Mode = TransportMode.Road)
{
    /// <summary>Whether this is the rest-of-Europe rule.</summary>
    public bool IsRestOfEurope => Destination is null;

    /// <summary>The destination as written in network JSON: a country code or <c>europe</c>.</summary>
    public string DestinationName => Destination?.Value ?? EuropeanCountries.RestOfEuropeName;
}
