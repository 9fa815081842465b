namespace PodConnect.Routing;

/// <summary>Which of an order's deadlines a routing decision is predicted to miss.</summary>
[Flags]
public enum DeadlineMiss
{
    /// <summary>None: predicted to dispatch and deliver in time (or the order is unroutable).</summary>
    None = 0,

    /// <summary>Predicted to dispatch after the ready-to-ship deadline (TikTok <c>rts_sla_time</c>; counts towards Late Dispatch Rate).</summary>
    Dispatch = 1,

    /// <summary>Predicted to deliver after the delivery deadline (TikTok <c>delivery_sla_time</c>; counts towards On-Time Delivery Rate).</summary>
    Delivery = 2,
}

/// <summary>What the router does with a facility that dispatches in time but whose lane cannot deliver by the delivery deadline.</summary>
public enum DeliveryDeadlineRule
{
    /// <summary>It is not on time: rejected while any facility meets both deadlines; if none does, the least-late option is chosen and the decision is <see cref="RoutingOutcome.Late"/>. The default.</summary>
    Reject = 0,

    /// <summary>
    /// It still counts as on time (ready-to-ship is what TikTok enforces today) but ranks behind every
    /// facility that also delivers in time; the decision says <see cref="DeadlineMiss.Delivery"/>. For an
    /// order of several lines, one facility that dispatches everything in time is then preferred to a
    /// split that would also deliver in time (one parcel, as for ready-to-ship).
    /// </summary>
    RankBehind = 1,

    /// <summary>Delivery deadlines play no part in the choice (the decision still reports a predicted miss).</summary>
    Ignore = 2,
}
