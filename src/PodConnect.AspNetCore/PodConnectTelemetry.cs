using PodConnect.Providers;

namespace PodConnect.AspNetCore;

/// <summary>
/// The names to add PodConnect's traces and metrics to OpenTelemetry, without PodConnect depending on it:
/// <c>tracing.AddSource(PodConnectTelemetry.ActivitySourceName)</c> and
/// <c>metrics.AddMeter(PodConnectTelemetry.MeterName)</c>. The instruments are listed in docs/aspnetcore.md.
/// </summary>
public static class PodConnectTelemetry
{
    /// <summary>The <see cref="System.Diagnostics.ActivitySource"/> PodConnect's spans come from: <c>PodConnect</c>.</summary>
    public const string ActivitySourceName = "PodConnect";

    /// <summary>The <see cref="System.Diagnostics.Metrics.Meter"/> every PodConnect instrument is on: <c>PodConnect</c>.</summary>
    public const string MeterName = PodProviderMetrics.MeterName;
}
