namespace PodConnect.Dispatch;

/// <summary>An order not dispatched yet, with the dispatch instant predicted for it (e.g. by the router).</summary>
/// <param name="OrderId">The marketplace order id.</param>
/// <param name="Deadline">Its dispatch deadline.</param>
/// <param name="PredictedDispatch">When it is expected to be dispatched.</param>
public readonly record struct InFlightDispatch(string OrderId, DateTimeOffset Deadline, DateTimeOffset PredictedDispatch)
{
    /// <summary>Predicted to be dispatched after its deadline.</summary>
    public bool PredictedLate => PredictedDispatch > Deadline;
}
