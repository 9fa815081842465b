using System.Text.Json.Serialization;
using PodConnect.Http.Json;

namespace PodConnect.Prodigi.Models;

/// <summary>
/// A Prodigi shipping method (order <c>shippingMethod</c>, quote <c>shipmentMethod</c>). An open set compared without regard to case (the docs and the API disagree on casing):
/// an unknown value is kept, never rejected.
/// </summary>
[JsonConverter(typeof(StringValueJsonConverter<ProdigiShippingMethod>))]
public readonly struct ProdigiShippingMethod : IEquatable<ProdigiShippingMethod>, IStringValue<ProdigiShippingMethod>
{
    /// <summary>Wraps a value as sent on the wire.</summary>
    public ProdigiShippingMethod(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    /// <summary>Wraps a wire value (any string, known or not).</summary>
    public static ProdigiShippingMethod FromValue(string value) => new(value);

    /// <summary>The wire value.</summary>
    public string Value => field ?? string.Empty;

    /// <summary>Cheapest; usually untracked outside the US.</summary>
    public static ProdigiShippingMethod Budget { get; } = new("Budget");

    /// <summary>Tracked or not depending on the destination.</summary>
    public static ProdigiShippingMethod Standard { get; } = new("Standard");

    /// <summary>Standard with tracking where offered (seen in SDKs; UNCONFIRMED in the reference).</summary>
    public static ProdigiShippingMethod StandardPlus { get; } = new("StandardPlus");

    /// <summary>Courier, tracked.</summary>
    public static ProdigiShippingMethod Express { get; } = new("Express");

    /// <summary>Next day, from certain UK/US labs only.</summary>
    public static ProdigiShippingMethod Overnight { get; } = new("Overnight");

    /// <summary>Every documented value.</summary>
    public static IReadOnlyList<ProdigiShippingMethod> Known { get; } = [Budget, Standard, StandardPlus, Express, Overnight];

    /// <summary>Whether the value is one of <see cref="Known"/>.</summary>
    public bool IsKnown => Known.Contains(this);

    /// <inheritdoc />
    public bool Equals(ProdigiShippingMethod other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ProdigiShippingMethod other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Equality by value, ignoring case.</summary>
    public static bool operator ==(ProdigiShippingMethod left, ProdigiShippingMethod right) => left.Equals(right);

    /// <summary>Inequality by value, ignoring case.</summary>
    public static bool operator !=(ProdigiShippingMethod left, ProdigiShippingMethod right) => !left.Equals(right);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value;
}
