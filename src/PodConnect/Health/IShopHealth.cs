namespace PodConnect.Health;

/// <summary>
/// The shop-health read API the rest of PodConnect uses (health checks, the inventory guard, routing): one
/// snapshot per shop, computed from the health-ledger store and cached briefly. Resolve it from DI.
/// </summary>
public interface IShopHealth
{
    /// <summary>A shop's health now (a shop without records is healthy with nothing counted).</summary>
    ValueTask<ShopHealthSnapshot> GetSnapshotAsync(string shopId, CancellationToken cancellationToken = default);

    /// <summary>The health of every shop with records.</summary>
    ValueTask<IReadOnlyList<ShopHealthSnapshot>> GetSnapshotsAsync(CancellationToken cancellationToken = default);
}
