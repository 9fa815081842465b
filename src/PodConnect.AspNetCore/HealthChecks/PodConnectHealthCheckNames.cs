namespace PodConnect.AspNetCore.HealthChecks;

/// <summary>The names and the tag of the checks added by <c>services.AddHealthChecks().AddPodConnect()</c>.</summary>
public static class PodConnectHealthCheckNames
{
    /// <summary>The tag on every PodConnect check, to filter them, e.g. <c>MapHealthChecks("/health/pod", new() { Predicate = c => c.Tags.Contains(PodConnectHealthCheckNames.Tag) })</c>.</summary>
    public const string Tag = "podconnect";

    /// <summary>The shop-health check on the Late Dispatch Rate (when a dispatch ledger is registered).</summary>
    public const string LateDispatch = "podconnect-late-dispatch";

    /// <summary>The fulfilment loop running and keeping up (when <c>.RunFulfillment()</c> is registered).</summary>
    public const string FulfillmentLoop = "podconnect-fulfillment-loop";

    /// <summary>
    /// The check of one of the other shop-health metrics (when the hub's shop health is registered, always with
    /// <c>.RunFulfillment()</c>): <c>podconnect-valid-tracking</c>, <c>podconnect-on-time-delivery</c>,
    /// <c>podconnect-seller-fault-cancellation</c>. Late dispatch is <see cref="LateDispatch"/>.
    /// </summary>
    /// <param name="metric">The metric.</param>
    public static string ShopHealth(PodConnect.Health.HealthMetric metric) => metric switch
    {
        PodConnect.Health.HealthMetric.LateDispatch => LateDispatch,
        PodConnect.Health.HealthMetric.ValidTracking => "podconnect-valid-tracking",
        PodConnect.Health.HealthMetric.OnTimeDelivery => "podconnect-on-time-delivery",
        PodConnect.Health.HealthMetric.SellerFaultCancellation => "podconnect-seller-fault-cancellation",
        _ => "podconnect-health-" + metric.ToString().ToLowerInvariant(),
    };

    /// <summary>The check of a shared store with a health probe, e.g. <c>podconnect-store-redis</c> (with <c>.UseRedis(…)</c>).</summary>
    /// <param name="store">The probe's name.</param>
    public static string Store(string store) => "podconnect-store-" + store;

    /// <summary>The prefix of the per-API checks: <c>podconnect-api-tiktokshop</c>, <c>podconnect-api-gelato</c>, ….</summary>
    public const string RemoteApiPrefix = "podconnect-api-";

    /// <summary>The check of one remote API, e.g. <c>podconnect-api-gelato</c>.</summary>
    /// <param name="api">The API's name (<see cref="PodConnect.Http.Reachability.RemoteApiMonitor.Apis"/>).</param>
    public static string RemoteApi(string api) => RemoteApiPrefix + api;
}
