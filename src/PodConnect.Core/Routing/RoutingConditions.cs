namespace PodConnect.Routing;

/// <summary>
/// What the world looks like when an order is routed, beyond the network and the policy: units already
/// booked, providers' stock-outs and closures, and lead times learned from the shop's own orders. Each
/// is optional; a default value routes on the network's figures alone. A value type: passing it allocates nothing.
/// </summary>
/// <param name="Capacity">Units already booked; <c>null</c> to ignore capacity.</param>
/// <param name="Availability">Stock-outs and closures; <c>null</c> when none are known.</param>
/// <param name="LeadTimes">Learned production times used instead of the network's configured days; <c>null</c> for the configured days.</param>
public readonly record struct RoutingConditions(
    CapacityLedger? Capacity = null,
    AvailabilitySnapshot? Availability = null,
    LeadTimeLearner? LeadTimes = null);
