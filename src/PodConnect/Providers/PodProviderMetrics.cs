using System.Diagnostics.Metrics;

namespace PodConnect.Providers;

/// <summary>
/// Provider metrics on the <c>PodConnect</c> meter, for OpenTelemetry or <c>dotnet-counters</c>. Provider
/// packages record through these methods so every provider reports the same instruments and tags.
/// </summary>
public static class PodProviderMetrics
{
    /// <summary>The meter name: <c>PodConnect</c>.</summary>
    public const string MeterName = "PodConnect";

    /// <summary>Placement outcome: a new order was created.</summary>
    public const string Created = "created";

    /// <summary>Placement outcome: the order already existed and was returned (no second order).</summary>
    public const string Replayed = "replayed";

    /// <summary>Placement outcome: the create's answer was lost and the order was found afterwards.</summary>
    public const string Recovered = "recovered";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Placements = Meter.CreateCounter<long>(
        "podconnect.provider.placements", "{order}", "Orders placed at a POD provider, by provider and outcome (created, replayed, recovered).");

    private static readonly Counter<long> RejectedWebhooks = Meter.CreateCounter<long>(
        "podconnect.provider.webhooks.rejected", "{delivery}", "Webhook deliveries that failed verification, by provider.");

    /// <summary>Counts a placement with its outcome (<see cref="Created"/>, <see cref="Replayed"/>, <see cref="Recovered"/>).</summary>
    public static void RecordPlacement(string provider, string outcome) =>
        Placements.Add(1, new KeyValuePair<string, object?>("provider", provider), new KeyValuePair<string, object?>("outcome", outcome));

    /// <summary>Counts a webhook delivery that failed verification.</summary>
    public static void RecordRejectedWebhook(string provider) =>
        RejectedWebhooks.Add(1, new KeyValuePair<string, object?>("provider", provider));
}
