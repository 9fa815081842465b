using System.Text.Json.Serialization;
using PodConnect.Http.Json;

namespace PodConnect.Prodigi.Models;

/// <summary>
/// The state of one step in <c>status.details</c> (download, allocation, preparation, production, shipping). An open set compared without regard to case (the docs and the API disagree on casing):
/// an unknown value is kept, never rejected.
/// </summary>
[JsonConverter(typeof(StringValueJsonConverter<ProdigiStepState>))]
public readonly struct ProdigiStepState : IEquatable<ProdigiStepState>, IStringValue<ProdigiStepState>
{
    /// <summary>Wraps a value as sent on the wire.</summary>
    public ProdigiStepState(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    /// <summary>Wraps a wire value (any string, known or not).</summary>
    public static ProdigiStepState FromValue(string value) => new(value);

    /// <summary>The wire value.</summary>
    public string Value => field ?? string.Empty;

    /// <summary>No item has reached the step.</summary>
    public static ProdigiStepState NotStarted { get; } = new("NotStarted");

    /// <summary>Some items are through the step.</summary>
    public static ProdigiStepState InProgress { get; } = new("InProgress");

    /// <summary>Every item is through the step.</summary>
    public static ProdigiStepState Complete { get; } = new("Complete");

    /// <summary>An item failed the step; see <c>status.issues</c>.</summary>
    public static ProdigiStepState Error { get; } = new("Error");

    /// <summary>Every documented value.</summary>
    public static IReadOnlyList<ProdigiStepState> Known { get; } = [NotStarted, InProgress, Complete, Error];

    /// <summary>Whether the value is one of <see cref="Known"/>.</summary>
    public bool IsKnown => Known.Contains(this);

    /// <inheritdoc />
    public bool Equals(ProdigiStepState other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ProdigiStepState other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Equality by value, ignoring case.</summary>
    public static bool operator ==(ProdigiStepState left, ProdigiStepState right) => left.Equals(right);

    /// <summary>Inequality by value, ignoring case.</summary>
    public static bool operator !=(ProdigiStepState left, ProdigiStepState right) => !left.Equals(right);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value;
}
