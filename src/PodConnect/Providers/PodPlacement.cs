namespace PodConnect.Providers;

/// <summary>The result of placing an order idempotently.</summary>
/// <param name="Order">The order at the provider.</param>
/// <param name="AlreadyExisted"><see langword="true"/> when an order with the same external id was already there and was returned instead of creating another.</param>
public sealed record PodPlacement(PodOrder Order, bool AlreadyExisted);
