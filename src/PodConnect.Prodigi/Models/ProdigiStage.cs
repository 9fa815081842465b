using System.Text.Json.Serialization;
using PodConnect.Http.Json;

namespace PodConnect.Prodigi.Models;

/// <summary>
/// An order's <c>status.stage</c>. An open set compared without regard to case (the docs and the API disagree on casing):
/// an unknown value is kept, never rejected.
/// </summary>
[JsonConverter(typeof(StringValueJsonConverter<ProdigiStage>))]
public readonly struct ProdigiStage : IEquatable<ProdigiStage>, IStringValue<ProdigiStage>
{
    /// <summary>Wraps a value as sent on the wire.</summary>
    public ProdigiStage(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    /// <summary>Wraps a wire value (any string, known or not).</summary>
    public static ProdigiStage FromValue(string value) => new(value);

    /// <summary>The wire value.</summary>
    public string Value => field ?? string.Empty;

    /// <summary>Submitted and in fulfilment.</summary>
    public static ProdigiStage InProgress { get; } = new("InProgress");

    /// <summary>Every shipment has been sent.</summary>
    public static ProdigiStage Complete { get; } = new("Complete");

    /// <summary>Production was cancelled.</summary>
    public static ProdigiStage Cancelled { get; } = new("Cancelled");

    /// <summary>Every documented value.</summary>
    public static IReadOnlyList<ProdigiStage> Known { get; } = [InProgress, Complete, Cancelled];

    /// <summary>Whether the value is one of <see cref="Known"/>.</summary>
    public bool IsKnown => Known.Contains(this);

    /// <inheritdoc />
    public bool Equals(ProdigiStage other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ProdigiStage other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Equality by value, ignoring case.</summary>
    public static bool operator ==(ProdigiStage left, ProdigiStage right) => left.Equals(right);

    /// <summary>Inequality by value, ignoring case.</summary>
    public static bool operator !=(ProdigiStage left, ProdigiStage right) => !left.Equals(right);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value;
}
