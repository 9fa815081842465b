using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PodConnect.Http.Reachability;

/// <summary>Registers a client's API with the <see cref="RemoteApiMonitor"/> and adds the handler that feeds it.</summary>
internal static class RemoteApiTracking
{
    private const string PipelinePrefix = "podconnect-";

    /// <summary>The API's name from its pipeline's: <c>podconnect-gelato</c> → <c>gelato</c>.</summary>
    public static string ApiName(string pipelineName) =>
        pipelineName.StartsWith(PipelinePrefix, StringComparison.Ordinal) && pipelineName.Length > PipelinePrefix.Length
            ? pipelineName[PipelinePrefix.Length..]
            : pipelineName;

    public static void Add(IHttpClientBuilder builder, string api)
    {
        var services = builder.Services;
        if (!services.Any(d => d.ServiceType == typeof(TrackedApi) && d.ImplementationInstance is TrackedApi t && t.Name == api))
        {
            services.AddSingleton(new TrackedApi(api));
        }

        services.TryAddSingleton(sp => new RemoteApiMonitor(sp.GetServices<TrackedApi>().Select(t => t.Name)));
        builder.AddHttpMessageHandler(sp => new RemoteApiTrackingHandler(
            api,
            sp.GetRequiredService<RemoteApiMonitor>(),
            sp.GetService<TimeProvider>() ?? TimeProvider.System));
    }

    /// <summary>Marks an API as registered, so the monitor (and the health checks) know it before its first call.</summary>
    private sealed record TrackedApi(string Name);
}
