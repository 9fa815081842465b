using System.Text.Json;
using System.Text.Json.Serialization;
using PodConnect.Dispatch;
using PodConnect.Errors;
using PodConnect.Stores;
using StackExchange.Redis;

namespace PodConnect.Redis.Stores;

/// <summary>Records as stored in Redis (source-generated JSON). A value that does not read back is a typed error naming the key.</summary>
internal static class RedisJson
{
    public static RedisValue Write(PlacedOrder order) => JsonSerializer.SerializeToUtf8Bytes(order, RedisJsonContext.Default.PlacedOrder);

    public static RedisValue Write(DispatchRecord record) =>
        JsonSerializer.SerializeToUtf8Bytes(new StoredDispatch(record.OrderId, record.Deadline, record.DispatchedAt), RedisJsonContext.Default.StoredDispatch);

    public static PlacedOrder ReadPlacedOrder(RedisValue value, string key) =>
        Read(value, key, static bytes => JsonSerializer.Deserialize(bytes, RedisJsonContext.Default.PlacedOrder) ?? throw new JsonException("null"));

    public static DispatchRecord ReadDispatch(RedisValue value, string key) =>
        Read(value, key, static bytes => (JsonSerializer.Deserialize(bytes, RedisJsonContext.Default.StoredDispatch) ?? throw new JsonException("null")).ToRecord());

    private static T Read<T>(RedisValue value, string key, Func<byte[], T> read)
    {
        try
        {
            return read((byte[])value!);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or NotSupportedException)
        {
            throw new MalformedResponseException($"The Redis value at '{key}' is not a {typeof(T).Name} this version wrote ({e.GetType().Name}).", new RemoteErrorDetails(Service: RedisFailure.StoreName), e);
        }
    }
}

[JsonSerializable(typeof(PlacedOrder))]
[JsonSerializable(typeof(StoredDispatch))]
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, RespectRequiredConstructorParameters = true)]
internal sealed partial class RedisJsonContext : JsonSerializerContext;

/// <summary>A dispatch as stored (STJ would build the <see cref="DispatchRecord"/> struct with its empty constructor).</summary>
internal sealed record StoredDispatch(string OrderId, DateTimeOffset Deadline, DateTimeOffset DispatchedAt)
{
    public DispatchRecord ToRecord() => new(OrderId, Deadline, DispatchedAt);
}
