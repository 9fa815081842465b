namespace PodConnect.Health;

/// <summary>The loop changed how it routes a shop's new orders.</summary>
/// <param name="ShopId">The shop.</param>
/// <param name="Stance">The stance now.</param>
/// <param name="Snapshot">The health that decided it.</param>
public sealed record RoutingStanceChanged(string ShopId, RoutingStance Stance, ShopHealthSnapshot Snapshot);
