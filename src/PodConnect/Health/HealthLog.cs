using Microsoft.Extensions.Logging;

namespace PodConnect.Health;

/// <summary>Shop-health logs, source-generated; shop ids and numbers only.</summary>
internal static partial class HealthLog
{
    [LoggerMessage(EventId = 9101, Level = LogLevel.Warning, Message = "Shop {ShopId}: {Metric} is {State} (was {Previous}): {Value:P2} now, forecast {Forecast:P2}, limit {Limit:P2}, headroom {Headroom}")]
    public static partial void StateChanged(ILogger logger, string shopId, HealthMetric metric, HealthState state, HealthState previous, double value, double forecast, double limit, int headroom);

    [LoggerMessage(EventId = 9102, Level = LogLevel.Warning, Message = "Shop {ShopId}: routing is now {Stance}")]
    public static partial void StanceChanged(ILogger logger, string shopId, RoutingStance stance);

    [LoggerMessage(EventId = 9103, Level = LogLevel.Debug, Message = "Pruned {Count} health records of orders created before {CreatedBefore:O}")]
    public static partial void Pruned(ILogger logger, int count, DateTimeOffset createdBefore);

    [LoggerMessage(EventId = 9104, Level = LogLevel.Warning, Message = "Pruning health records failed ({ErrorKind}); tried again next interval")]
    public static partial void PruneFailed(ILogger logger, string errorKind);
}
