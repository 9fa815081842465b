using PodConnect.Domain;

namespace PodConnect.Routing;

/// <summary>Why a facility won, lost or was rejected.</summary>
public enum VerdictKind
{
    /// <summary>Chosen (or chosen for part of a split order).</summary>
    Chosen = 0,

    /// <summary>Feasible, but a better one by the policy's preferences was chosen.</summary>
    LostOnPreference = 1,

    /// <summary>Would dispatch after the deadline (or inside the safety margin).</summary>
    TooLate = 2,

    /// <summary>No capacity left on any day of the policy's horizon (in total or for the order's kinds).</summary>
    NoCapacity = 3,

    /// <summary>Does not make one of the order's product kinds.</summary>
    CannotMake = 4,

    /// <summary>Has no lane to the destination country.</summary>
    NoLane = 5,

    /// <summary>The lane is slower than the policy's maximum transit.</summary>
    TransitTooLong = 6,

    /// <summary>Provider or facility excluded by the policy.</summary>
    ExcludedByPolicy = 7,

    /// <summary>Dispatches in time, but its lane cannot deliver by the delivery deadline.</summary>
    DeliversTooLate = 8,

    /// <summary>Out of stock or closed (see <see cref="AvailabilitySnapshot"/>); the reason names the entry.</summary>
    Unavailable = 9,
}

/// <summary>One facility's verdict for one order, with a reason a person can read.</summary>
/// <param name="Facility">The facility.</param>
/// <param name="Kind">The verdict.</param>
/// <param name="Reason">E.g. "would dispatch 7 h after the deadline (Wed 25 Nov 17:00 +01:00 vs 10:00)".</param>
/// <param name="PredictedDispatch">When it would dispatch, where computed.</param>
/// <param name="Cost">What it would cost, where computed.</param>
/// <param name="Co2eKg">Its CO2e estimate, where computed.</param>
public sealed record CandidateVerdict(
    Facility Facility,
    VerdictKind Kind,
    string Reason,
    DateTimeOffset? PredictedDispatch = null,
    Money? Cost = null,
    double? Co2eKg = null);

/// <summary>A decision with every facility's verdict, chosen first.</summary>
/// <param name="Decision">The decision (identical to <see cref="Router.Route(Order, DateTimeOffset, in RoutingConditions)"/>'s).</param>
/// <param name="Candidates">Every facility of the network with its verdict.</param>
public sealed record RoutingExplanation(RoutingDecision Decision, IReadOnlyList<CandidateVerdict> Candidates);
