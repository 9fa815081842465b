using System.Globalization;
using PodConnect.Domain;
using PodConnect.Errors;
using PodConnect.Health;
using StackExchange.Redis;

namespace PodConnect.Redis.Stores;

/// <summary>
/// An <see cref="OrderHealthRecord"/> as the fields of a Redis hash: one field per known value, instants as UTC
/// ticks (exact to the tick; Lua never reads them, so no double rounding), the market as its ISO code, the
/// seller fault as <c>1</c>/<c>0</c>. Writing only the fields a record sets is the merge itself. A field that
/// does not read back is a typed error naming the key and the field.
/// </summary>
internal static class RedisHealthFields
{
    public const string Created = "created";
    public const string Market = "market";
    public const string DispatchBy = "dispatch-by";
    public const string DispatchedAt = "dispatched-at";
    public const string CollectedAt = "collected-at";
    public const string DeliverBy = "deliver-by";
    public const string DeliveredAt = "delivered-at";
    public const string ShippingDue = "shipping-due";
    public const string CancelledAt = "cancelled-at";
    public const string SellerFault = "seller-fault";
    public const string PredictedDispatch = "predicted-dispatch";
    public const string PredictedDelivery = "predicted-delivery";

    /// <summary>The field/value pairs of every value <paramref name="record"/> sets (the creation instant always).</summary>
    public static List<RedisValue> Write(OrderHealthRecord record)
    {
        var pairs = new List<RedisValue>(24);
        AddInstant(pairs, Created, record.CreatedAt);
        if (record.Market is { IsDefault: false } market)
        {
            pairs.Add(Market);
            pairs.Add(market.Value);
        }

        AddInstant(pairs, DispatchBy, record.DispatchBy);
        AddInstant(pairs, DispatchedAt, record.DispatchedAt);
        AddInstant(pairs, CollectedAt, record.CollectedAt);
        AddInstant(pairs, DeliverBy, record.DeliverBy);
        AddInstant(pairs, DeliveredAt, record.DeliveredAt);
        AddInstant(pairs, ShippingDue, record.ShippingDue);
        AddInstant(pairs, CancelledAt, record.CancelledAt);
        if (record.SellerFault is { } fault)
        {
            pairs.Add(SellerFault);
            pairs.Add(fault ? "1" : "0");
        }

        AddInstant(pairs, PredictedDispatch, record.PredictedDispatch);
        AddInstant(pairs, PredictedDelivery, record.PredictedDelivery);
        return pairs;
    }

    /// <summary>The record held in <paramref name="fields"/> (the hash at <paramref name="key"/>); unknown fields are ignored (a newer version's).</summary>
    /// <exception cref="MalformedResponseException">A field is not what this version writes, or the creation instant is missing.</exception>
    public static OrderHealthRecord Read(string shopId, string orderId, HashEntry[] fields, string key)
    {
        DateTimeOffset? created = null;
        var record = new OrderHealthRecord(shopId, orderId, default);
        foreach (var entry in fields)
        {
            var value = entry.Value;
            record = (string?)entry.Name switch
            {
                Created => record with { CreatedAt = (created = ReadInstant(value, key, Created)).Value },
                Market => record with { Market = CountryCode.TryParse((string?)value, out var code) ? code : throw Malformed(key, Market) },
                DispatchBy => record with { DispatchBy = ReadInstant(value, key, DispatchBy) },
                DispatchedAt => record with { DispatchedAt = ReadInstant(value, key, DispatchedAt) },
                CollectedAt => record with { CollectedAt = ReadInstant(value, key, CollectedAt) },
                DeliverBy => record with { DeliverBy = ReadInstant(value, key, DeliverBy) },
                DeliveredAt => record with { DeliveredAt = ReadInstant(value, key, DeliveredAt) },
                ShippingDue => record with { ShippingDue = ReadInstant(value, key, ShippingDue) },
                CancelledAt => record with { CancelledAt = ReadInstant(value, key, CancelledAt) },
                SellerFault => record with { SellerFault = (string?)value switch { "1" => true, "0" => false, _ => throw Malformed(key, SellerFault) } },
                PredictedDispatch => record with { PredictedDispatch = ReadInstant(value, key, PredictedDispatch) },
                PredictedDelivery => record with { PredictedDelivery = ReadInstant(value, key, PredictedDelivery) },
                _ => record,
            };
        }

        return created is null ? throw Malformed(key, Created) : record;
    }

    /// <summary>The creation instant as stored, for comparing without reading the whole record.</summary>
    public static DateTimeOffset ReadCreated(RedisValue value, string key) => ReadInstant(value, key, Created);

    private static void AddInstant(List<RedisValue> pairs, string field, DateTimeOffset? instant)
    {
        if (instant is { } at)
        {
            pairs.Add(field);
            pairs.Add(at.UtcTicks.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static DateTimeOffset ReadInstant(RedisValue value, string key, string field) =>
        long.TryParse((string?)value, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks <= DateTimeOffset.MaxValue.UtcTicks
            ? new DateTimeOffset(ticks, TimeSpan.Zero)
            : throw Malformed(key, field);

    private static MalformedResponseException Malformed(string key, string field) =>
        new($"The Redis hash at '{key}' has no valid '{field}' (not a value this version wrote).", new RemoteErrorDetails(Service: RedisFailure.StoreName));
}
