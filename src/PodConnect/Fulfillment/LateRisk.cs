using PodConnect.Marketplaces;

namespace PodConnect.Fulfillment;

/// <summary>An order predicted to dispatch after (or too close to) its ready-to-ship deadline.</summary>
/// <param name="Order">The order.</param>
/// <param name="Deadline">The ready-to-ship deadline.</param>
/// <param name="PredictedDispatch">When it is predicted to dispatch.</param>
/// <param name="Provider">Where it is (or will be) produced.</param>
/// <param name="FacilityId">The facility, when routing chose one.</param>
public sealed record LateRisk(MarketplaceOrderRef Order, DateTimeOffset Deadline, DateTimeOffset PredictedDispatch, string Provider, string? FacilityId)
{
    /// <summary>Deadline minus predicted dispatch; negative when predicted late.</summary>
    public TimeSpan Slack => Deadline - PredictedDispatch;
}
