using System.Text.Json.Serialization;
using PodConnect.Http.Json;

namespace PodConnect.Printful.Models;

/// <summary>
/// Printful's order <c>status</c> (v1 and v2). An open set: an unknown value is kept, never rejected.
/// </summary>
[JsonConverter(typeof(StringValueJsonConverter<PrintfulOrderStatus>))]
public readonly record struct PrintfulOrderStatus(string Value) : IStringValue<PrintfulOrderStatus>
{
    /// <summary>Created, not submitted; editable; not charged.</summary>
    public static PrintfulOrderStatus Draft { get; } = new("draft");

    /// <summary>Submitted, not yet accepted; still cancellable.</summary>
    public static PrintfulOrderStatus Pending { get; } = new("pending");

    /// <summary>Submitted but returned for review (address, files, charge…).</summary>
    public static PrintfulOrderStatus Failed { get; } = new("failed");

    /// <summary>Cancelled.</summary>
    public static PrintfulOrderStatus Canceled { get; } = new("canceled");

    /// <summary>Being fulfilled; no longer cancellable.</summary>
    public static PrintfulOrderStatus InProcess { get; } = new("inprocess");

    /// <summary>A problem to resolve with Printful's customer service.</summary>
    public static PrintfulOrderStatus OnHold { get; } = new("onhold");

    /// <summary>Partly shipped.</summary>
    public static PrintfulOrderStatus Partial { get; } = new("partial");

    /// <summary>All items shipped.</summary>
    public static PrintfulOrderStatus Fulfilled { get; } = new("fulfilled");

    /// <summary>Archived and hidden from the dashboard (v1).</summary>
    public static PrintfulOrderStatus Archived { get; } = new("archived");

    /// <summary>Every documented value.</summary>
    public static IReadOnlyList<PrintfulOrderStatus> Known { get; } = [Draft, Pending, Failed, Canceled, InProcess, OnHold, Partial, Fulfilled, Archived];

    /// <summary>Whether the value is documented.</summary>
    public bool IsKnown => Known.Contains(this);

    /// <summary>Wraps a wire value.</summary>
    public static PrintfulOrderStatus FromValue(string value) => new(value);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value ?? string.Empty;
}
