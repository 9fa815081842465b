using System.Text.Json.Serialization;
using PodConnect.Http.Json;

namespace PodConnect.Printify.Models;

/// <summary>
/// A Printify order's <c>status</c>. An open set compared without regard to case:
/// an unknown value is kept, never rejected.
/// </summary>
[JsonConverter(typeof(StringValueJsonConverter<PrintifyOrderStatus>))]
public readonly struct PrintifyOrderStatus : IEquatable<PrintifyOrderStatus>, IStringValue<PrintifyOrderStatus>
{
    /// <summary>Wraps a value as sent on the wire.</summary>
    public PrintifyOrderStatus(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    /// <summary>Wraps a wire value (any string, known or not).</summary>
    public static PrintifyOrderStatus FromValue(string value) => new(value);

    /// <summary>The wire value.</summary>
    public string Value => field ?? string.Empty;

    /// <summary>Received, not yet processed.</summary>
    public static PrintifyOrderStatus Pending { get; } = new("pending");

    /// <summary>Created through the API and waiting to be sent to production (or for approval).</summary>
    public static PrintifyOrderStatus OnHold { get; } = new("on-hold");

    /// <summary>Being sent to the print provider.</summary>
    public static PrintifyOrderStatus SendingToProduction { get; } = new("sending-to-production");

    /// <summary>At the print provider.</summary>
    public static PrintifyOrderStatus InProduction { get; } = new("in-production");

    /// <summary>Cancelled.</summary>
    public static PrintifyOrderStatus Canceled { get; } = new("canceled");

    /// <summary>Every item shipped.</summary>
    public static PrintifyOrderStatus Fulfilled { get; } = new("fulfilled");

    /// <summary>Some items shipped.</summary>
    public static PrintifyOrderStatus PartiallyFulfilled { get; } = new("partially-fulfilled");

    /// <summary>Waiting for payment.</summary>
    public static PrintifyOrderStatus PaymentNotReceived { get; } = new("payment-not-received");

    /// <summary>A problem needs a person.</summary>
    public static PrintifyOrderStatus HadIssues { get; } = new("had-issues");

    /// <summary>Every documented value.</summary>
    public static IReadOnlyList<PrintifyOrderStatus> Known { get; } = [Pending, OnHold, SendingToProduction, InProduction, Canceled, Fulfilled, PartiallyFulfilled, PaymentNotReceived, HadIssues];

    /// <summary>Whether the value is one of <see cref="Known"/>.</summary>
    public bool IsKnown => Known.Contains(this);

    /// <inheritdoc />
    public bool Equals(PrintifyOrderStatus other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is PrintifyOrderStatus other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Equality by value, ignoring case.</summary>
    public static bool operator ==(PrintifyOrderStatus left, PrintifyOrderStatus right) => left.Equals(right);

    /// <summary>Inequality by value, ignoring case.</summary>
    public static bool operator !=(PrintifyOrderStatus left, PrintifyOrderStatus right) => !left.Equals(right);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value;
}
