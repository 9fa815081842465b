namespace PodConnect.Http.Json;

/// <summary>
/// A tolerant, string-backed "enum" for values a server may extend (order statuses, event types):
/// a <c>readonly struct</c> wrapping the wire string with well-known statics, so an unknown value
/// from the wire round-trips instead of throwing. Pair it with <see cref="StringValueJsonConverter{T}"/>:
/// <code>
/// [JsonConverter(typeof(StringValueJsonConverter&lt;OrderStatus&gt;))]
/// public readonly record struct OrderStatus(string Value) : IStringValue&lt;OrderStatus&gt;
/// {
///     public static OrderStatus AwaitingShipment { get; } = new("AWAITING_SHIPMENT");
///     public static OrderStatus FromValue(string value) =&gt; new(value);
///     public override string ToString() =&gt; Value;
/// }
/// </code>
/// </summary>
/// <typeparam name="TSelf">The implementing struct.</typeparam>
public interface IStringValue<TSelf>
    where TSelf : struct, IStringValue<TSelf>
{
    /// <summary>The value exactly as on the wire.</summary>
    string Value { get; }

    /// <summary>Wraps a wire value (any string, known or not).</summary>
    static abstract TSelf FromValue(string value);
}
