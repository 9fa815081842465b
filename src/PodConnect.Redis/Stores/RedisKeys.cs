using System.Globalization;
using StackExchange.Redis;

namespace PodConnect.Redis.Stores;

/// <summary>
/// The key layout under the configured prefix (documented in docs/scaling.md). Sources, providers and
/// facilities are registered names; order ids and event keys come last, so no two kinds collide.
/// </summary>
internal static class RedisKeys
{
    public static RedisKey Dedup(string source, string key) => $"dedup:{source}:{key}";

    public static RedisKey Lease(string orderId) => $"lease:{orderId}";

    public static RedisKey Placed(string orderId) => $"placed:{orderId}";

    public static RedisKey PlacedByProvider(string provider, string providerOrderId) => $"placed-by-provider:{provider}:{providerOrderId}";

    public static readonly RedisKey PlacedCoverageStart = "placed-coverage-start";

    public static RedisKey Capacity(string facilityId, DateOnly day) => $"capacity:{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}:{facilityId}";

    public static RedisKey Dispatch(string orderId) => $"dispatch:{orderId}";

    public static readonly RedisKey DispatchByTime = "dispatch-by-time";

    /// <summary>Shop ids are free text: escaped (<c>:</c> becomes <c>%3A</c>), so a shop id can never run into the order id.</summary>
    public static RedisKey Health(string shopId, string orderId) => $"health:{Uri.EscapeDataString(shopId)}:{orderId}";

    public static RedisKey HealthByCreated(string shopId) => $"health-by-created:{Uri.EscapeDataString(shopId)}";

    public static readonly RedisKey HealthShops = "health-shops";
}
