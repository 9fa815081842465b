namespace PodConnect.Inventory;

/// <summary>
/// How many more units of a SKU the shop's health allows it to sell now (e.g. fewer when the late-dispatch
/// forecast nears its threshold). The inventory guard takes the least of this, the providers' stock and the
/// capacity that can still dispatch in time. Read once per SKU per pass: must be cheap and must not block.
/// When the guard runs, the default follows the shop's health (see <see cref="InventoryOptions.OverHealthAllowance"/>).
/// </summary>
public interface IInventoryBudget
{
    /// <summary>Units of <paramref name="sku"/> the shop may still sell, or <see langword="null"/> for no limit.</summary>
    int? Allowance(string shopId, string sku);
}

/// <summary>An <see cref="IInventoryBudget"/> with no limit from shop health (<c>.UseInventoryBudget(UnlimitedInventoryBudget.Instance)</c> switches the health budget off).</summary>
public sealed class UnlimitedInventoryBudget : IInventoryBudget
{
    /// <summary>The one instance.</summary>
    public static UnlimitedInventoryBudget Instance { get; } = new();

    /// <inheritdoc />
    public int? Allowance(string shopId, string sku) => null;
}
