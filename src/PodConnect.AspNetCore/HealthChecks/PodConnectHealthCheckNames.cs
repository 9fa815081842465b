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

    /// <summary>The prefix of the per-API checks: <c>podconnect-api-tiktokshop</c>, <c>podconnect-api-gelato</c>, ….</summary>
    public const string RemoteApiPrefix = "podconnect-api-";

    /// <summary>The check of one remote API, e.g. <c>podconnect-api-gelato</c>.</summary>
    /// <param name="api">The API's name (<see cref="PodConnect.Http.Reachability.RemoteApiMonitor.Apis"/>).</param>
    public static string RemoteApi(string api) => RemoteApiPrefix + api;
}
