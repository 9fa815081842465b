namespace PodConnect.Inventory;

/// <summary>
/// A budget whose answers come from something read asynchronously (shop health from its ledger store): the
/// guard refreshes it once per pass, before it asks <see cref="IInventoryBudget.Allowance"/> per SKU, so the
/// per-SKU reads stay synchronous and cheap.
/// </summary>
internal interface IRefreshedInventoryBudget : IInventoryBudget
{
    /// <summary>Reads what the allowances of <paramref name="shopIds"/> depend on, for this pass.</summary>
    ValueTask RefreshAsync(IReadOnlyCollection<string> shopIds, CancellationToken cancellationToken);
}
