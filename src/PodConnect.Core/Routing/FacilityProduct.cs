using PodConnect.Domain;

namespace PodConnect.Routing;

/// <summary>A product kind a facility makes, how many working days it takes and what one unit costs.</summary>
/// <param name="Kind">The product kind, e.g. <see cref="ProductKind.TShirt"/>.</param>
/// <param name="ProductionDays">
/// Working days from the production start day to dispatch, counting the start day: 1 means made and
/// dispatched on the start day, 2 means dispatched the next working day.
/// </param>
/// <param name="UnitCost">Price of one unit in the network's currency.</param>
/// <param name="DailyCapacity">
/// Units of this kind the facility can start per working day (its printers for this kind), or
/// <c>null</c> when only the facility's <see cref="Facility.DailyCapacity"/> limits it. Both limits apply.
/// </param>
public sealed record FacilityProduct(ProductKind Kind, int ProductionDays, decimal UnitCost, int? DailyCapacity = null);
