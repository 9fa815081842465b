using System.Collections.Concurrent;
using PodConnect.Health;

namespace PodConnect.Inventory;

/// <summary>
/// The built-in <see cref="IInventoryBudget"/> when the guard runs: what the shop's health lets it sell.
/// Only metrics that more orders can worsen count — late dispatch and on-time delivery (more orders than the
/// facilities keep up with dispatch and so deliver late) and seller-fault cancellation (orders that cannot be
/// made are cancelled by the seller or auto-cancelled) — not valid tracking, which is the carrier's scan.
/// Policy, per shop, from the forecast (orders in flight counted as predicted):
/// <list type="bullet">
/// <item>any of them <see cref="HealthState.Over"/>: <see cref="InventoryOptions.OverHealthAllowance"/> units
/// per SKU (default 5: a trickle the capacity guard only offers when it can dispatch in time, so on-time orders
/// dilute the rate; 0 stops selling until the bad outcomes leave the window);</item>
/// <item>else any of them <see cref="HealthState.Near"/>: the least headroom among those, in orders (each unit
/// sold is at most one more order, so even if every one went wrong the shop would stay within its limit), but
/// at least <see cref="InventoryOptions.NearHealthAllowance"/> (a small shop with one bad outcome is Near with no headroom);</item>
/// <item>else no limit (capacity and stock decide).</item>
/// </list>
/// It follows the snapshot's states, so it lifts as soon as the metrics are Healthy again. A shop whose health
/// cannot be read keeps its last snapshot (none: no limit), so a store outage never empties the shop.
/// </summary>
internal sealed class ShopHealthInventoryBudget : IRefreshedInventoryBudget
{
    private readonly IShopHealth _health;
    private readonly int _nearAllowance;
    private readonly int _overAllowance;
    private readonly ConcurrentDictionary<string, ShopHealthSnapshot> _snapshots = new(StringComparer.Ordinal);

    public ShopHealthInventoryBudget(IShopHealth health, int nearAllowance, int overAllowance)
    {
        _health = health;
        _nearAllowance = nearAllowance;
        _overAllowance = overAllowance;
    }

    /// <inheritdoc />
    public int? Allowance(string shopId, string sku) =>
        _snapshots.TryGetValue(shopId, out var snapshot) ? AllowanceOf(snapshot, _nearAllowance, _overAllowance) : null;

    /// <inheritdoc />
    public async ValueTask RefreshAsync(IReadOnlyCollection<string> shopIds, CancellationToken cancellationToken)
    {
        foreach (var shopId in shopIds)
        {
            _snapshots[shopId] = await _health.GetSnapshotAsync(shopId, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The policy (see the class): units per SKU, or <see langword="null"/> for no limit.</summary>
    internal static int? AllowanceOf(ShopHealthSnapshot snapshot, int nearAllowance, int overAllowance)
    {
        int? allowance = null;
        foreach (var metric in snapshot.Metrics)
        {
            if (!WorsenedBySelling(metric.Metric) || metric.State == HealthState.Healthy)
            {
                continue;
            }

            if (metric.State == HealthState.Over)
            {
                return overAllowance;
            }

            allowance = Math.Min(allowance ?? int.MaxValue, Math.Max(metric.Headroom, nearAllowance));
        }

        return allowance;
    }

    /// <summary>Whether more orders can make the metric worse (valid tracking is the carrier's scan: selling less does not help it).</summary>
    internal static bool WorsenedBySelling(HealthMetric metric) => metric != HealthMetric.ValidTracking;
}
