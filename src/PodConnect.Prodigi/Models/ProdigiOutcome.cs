using System.Text.Json.Serialization;
using PodConnect.Http.Json;

namespace PodConnect.Prodigi.Models;

/// <summary>
/// The <c>outcome</c> Prodigi puts on every response. An open set compared without regard to case (the docs and the API disagree on casing):
/// an unknown value is kept, never rejected.
/// </summary>
[JsonConverter(typeof(StringValueJsonConverter<ProdigiOutcome>))]
public readonly struct ProdigiOutcome : IEquatable<ProdigiOutcome>, IStringValue<ProdigiOutcome>
{
    /// <summary>Wraps a value as sent on the wire.</summary>
    public ProdigiOutcome(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    /// <summary>Wraps a wire value (any string, known or not).</summary>
    public static ProdigiOutcome FromValue(string value) => new(value);

    /// <summary>The wire value.</summary>
    public string Value => field ?? string.Empty;

    /// <summary>The request was understood.</summary>
    public static ProdigiOutcome Ok { get; } = new("Ok");

    /// <summary>Order (or quote) created.</summary>
    public static ProdigiOutcome Created { get; } = new("Created");

    /// <summary>Created, but <c>order.status.issues</c> need fixing.</summary>
    public static ProdigiOutcome CreatedWithIssues { get; } = new("CreatedWithIssues");

    /// <summary>Created on hold by the account's pause window; only the id may be returned.</summary>
    public static ProdigiOutcome OnHold { get; } = new("OnHold");

    /// <summary>An order with the same <c>idempotencyKey</c> exists; it is returned and no new order was made.</summary>
    public static ProdigiOutcome AlreadyExists { get; } = new("AlreadyExists");

    /// <summary>The order was cancelled.</summary>
    public static ProdigiOutcome Cancelled { get; } = new("Cancelled");

    /// <summary>The order could not be cancelled (already in production).</summary>
    public static ProdigiOutcome FailedToCancel { get; } = new("FailedToCancel");

    /// <summary>The action is not available for the order now.</summary>
    public static ProdigiOutcome ActionNotAvailable { get; } = new("ActionNotAvailable");

    /// <summary>The update was applied to the order and every shipment.</summary>
    public static ProdigiOutcome Updated { get; } = new("Updated");

    /// <summary>The update was applied to some shipments only.</summary>
    public static ProdigiOutcome PartiallyUpdated { get; } = new("PartiallyUpdated");

    /// <summary>No shipment could be updated.</summary>
    public static ProdigiOutcome FailedToUpdate { get; } = new("FailedToUpdate");

    /// <summary>HTTP 400: the request was invalid; see <c>failures</c>.</summary>
    public static ProdigiOutcome ValidationFailed { get; } = new("ValidationFailed");

    /// <summary>HTTP 404: no such order in this account (or not yet released by the pause window).</summary>
    public static ProdigiOutcome EntityNotFound { get; } = new("EntityNotFound");

    /// <summary>HTTP 404: unknown endpoint.</summary>
    public static ProdigiOutcome EndpointDoesNotExist { get; } = new("EndpointDoesNotExist");

    /// <summary>HTTP 405.</summary>
    public static ProdigiOutcome MethodNotAllowed { get; } = new("MethodNotAllowed");

    /// <summary>HTTP 415.</summary>
    public static ProdigiOutcome InvalidContentType { get; } = new("InvalidContentType");

    /// <summary>HTTP 500.</summary>
    public static ProdigiOutcome InternalServerError { get; } = new("InternalServerError");

    /// <summary>HTTP 500: Prodigi gave up after a minute; the outcome is unknown.</summary>
    public static ProdigiOutcome TimedOut { get; } = new("TimedOut");

    /// <summary>Every documented value.</summary>
    public static IReadOnlyList<ProdigiOutcome> Known { get; } = [Ok, Created, CreatedWithIssues, OnHold, AlreadyExists, Cancelled, FailedToCancel, ActionNotAvailable, Updated, PartiallyUpdated, FailedToUpdate, ValidationFailed, EntityNotFound, EndpointDoesNotExist, MethodNotAllowed, InvalidContentType, InternalServerError, TimedOut];

    /// <summary>Whether the value is one of <see cref="Known"/>.</summary>
    public bool IsKnown => Known.Contains(this);

    /// <inheritdoc />
    public bool Equals(ProdigiOutcome other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ProdigiOutcome other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    /// <summary>Equality by value, ignoring case.</summary>
    public static bool operator ==(ProdigiOutcome left, ProdigiOutcome right) => left.Equals(right);

    /// <summary>Inequality by value, ignoring case.</summary>
    public static bool operator !=(ProdigiOutcome left, ProdigiOutcome right) => !left.Equals(right);

    /// <summary>The wire value.</summary>
    public override string ToString() => Value;
}
