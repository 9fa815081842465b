using System.Text.Json.Serialization;
using PodConnect.Http.Json;

namespace PodConnect.Gelato.Models;

/// <summary>
/// Gelato's <c>fulfillmentStatus</c> of an order or item. An open set: Gelato adds values without
/// notice (<c>in_production</c> arrived in 2024), so an unknown value is kept, never rejected.
/// </summary>
[JsonConverter(typeof(StringValueJsonConverter<GelatoFulfillmentStatus>))]
public readonly struct GelatoFulfillmentStatus : IEquatable<GelatoFulfillmentStatus>, IStringValue<GelatoFulfillmentStatus>
{
    /// <summary>Wraps a status as sent on the wire.</summary>
    public GelatoFulfillmentStatus(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    /// <summary>Wraps a wire value (any string, known or not).</summary>
    public static GelatoFulfillmentStatus FromValue(string value) => new(value);

    /// <summary>The wire value, e.g. <c>in_production</c>.</summary>
    public string Value => field ?? string.Empty;

    /// <summary>A draft; not produced until converted to an order.</summary>
    public static GelatoFulfillmentStatus Draft { get; } = new("draft");

    /// <summary>Created.</summary>
    public static GelatoFulfillmentStatus Created { get; } = new("created");

    /// <summary>Files being uploaded.</summary>
    public static GelatoFulfillmentStatus Uploading { get; } = new("uploading");

    /// <summary>Validated and sent to a print partner.</summary>
    public static GelatoFulfillmentStatus Passed { get; } = new("passed");

    /// <summary>Waiting for the merchant's approval.</summary>
    public static GelatoFulfillmentStatus PendingApproval { get; } = new("pending_approval");

    /// <summary>Waiting for personalization.</summary>
    public static GelatoFulfillmentStatus PendingPersonalization { get; } = new("pending_personalization");

    /// <summary>Embroidery file being digitized.</summary>
    public static GelatoFulfillmentStatus Digitizing { get; } = new("digitizing");

    /// <summary>In production.</summary>
    public static GelatoFulfillmentStatus InProduction { get; } = new("in_production");

    /// <summary>Printed; can no longer be cancelled.</summary>
    public static GelatoFulfillmentStatus Printed { get; } = new("printed");

    /// <summary>Shipped.</summary>
    public static GelatoFulfillmentStatus Shipped { get; } = new("shipped");

    /// <summary>With the carrier.</summary>
    public static GelatoFulfillmentStatus InTransit { get; } = new("in_transit");

    /// <summary>Delivered.</summary>
    public static GelatoFulfillmentStatus Delivered { get; } = new("delivered");

    /// <summary>Returned to sender.</summary>
    public static GelatoFulfillmentStatus Returned { get; } = new("returned");

    /// <summary>Cancelled (Gelato spells it <c>canceled</c>).</summary>
    public static GelatoFulfillmentStatus Canceled { get; } = new("canceled");

    /// <summary>Failed.</summary>
    public static GelatoFulfillmentStatus Failed { get; } = new("failed");

    /// <summary>On hold.</summary>
    public static GelatoFulfillmentStatus OnHold { get; } = new("on_hold");

    /// <summary>A store order whose products are not connected to Gelato products.</summary>
    public static GelatoFulfillmentStatus NotConnected { get; } = new("not_connected");

    /// <summary>Every value documented or observed (see docs/providers.md for sources).</summary>
    public static IReadOnlyList<GelatoFulfillmentStatus> Known { get; } =
    [
        Draft, Created, Uploading, Passed, PendingApproval, PendingPersonalization, Digitizing, InProduction,
        Printed, Shipped, InTransit, Delivered, Returned, Canceled, Failed, OnHold, NotConnected,
    ];

    /// <summary>Whether the value is one of <see cref="Known"/>.</summary>
    public bool IsKnown => Known.Contains(this);

    /// <inheritdoc />
    public bool Equals(GelatoFulfillmentStatus other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is GelatoFulfillmentStatus other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Equality by value, ignoring case.</summary>
    public static bool operator ==(GelatoFulfillmentStatus left, GelatoFulfillmentStatus right) => left.Equals(right);

    /// <summary>Inequality by value, ignoring case.</summary>
    public static bool operator !=(GelatoFulfillmentStatus left, GelatoFulfillmentStatus right) => !left.Equals(right);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value;
}
