using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PodConnect.DependencyInjection;
using PodConnect.Http.Resilience;
using PodConnect.Printify;
using PodConnect.Printify.DependencyInjection;
using PodConnect.Providers;

// Extension methods for the builder live here so that they show up without a using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds Printify to PodConnect.</summary>
public static class PrintifyPodConnectBuilderExtensions
{
    /// <summary>The name of Printify's resilience pipeline and of its <see cref="PodConnectResilienceOptions"/>.</summary>
    public const string PipelineName = "podconnect-printify";

    /// <summary>
    /// Registers <see cref="PrintifyClient"/>, <see cref="PrintifyPodProvider"/> (also as an <see cref="IPodProvider"/>,
    /// keyed <c>printify</c>), the <see cref="PrintifyErrorBudget"/> (Printify's 5% error rule) and the
    /// <c>podconnect-printify</c> resilience pipeline. Options are validated when the host starts.
    /// </summary>
    /// <param name="builder">The PodConnect builder.</param>
    /// <param name="configure">Sets the options (token, shop id, User-Agent, webhook secret…).</param>
    /// <param name="resilience">
    /// Adjusts the pipeline. Defaults: 10 requests/s with bursts of 10 — Printify's documented 600 requests per
    /// minute per account; 3 retries of reads only; 20 s per attempt, 60 s in all.
    /// </param>
    public static PrintifyBuilder AddPrintify(this IPodConnectBuilder builder, Action<PrintifyClientOptions> configure, Action<PodConnectResilienceOptions>? resilience = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var services = builder.Services;
        services.AddOptions<PrintifyClientOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PrintifyClientOptions>, PrintifyClientOptionsValidator>());
        services.TryAddSingleton(sp => new PrintifyErrorBudget(
            sp.GetService<TimeProvider>() ?? TimeProvider.System,
            sp.GetRequiredService<IOptions<PrintifyClientOptions>>().Value.MaxErrorRate));
        services.TryAddTransient<PrintifyErrorBudgetHandler>();

        var http = services.AddHttpClient<PrintifyClient>(PrintifyClient.HttpClientName);
        http.AddPodConnectResilience(PipelineName, options =>
        {
            options.PermitsPerSecond = 10;
            options.Burst = 10;
            options.AttemptTimeout = TimeSpan.FromSeconds(20);
            options.TotalTimeout = TimeSpan.FromSeconds(60);
            resilience?.Invoke(options);
        });
        http.AddHttpMessageHandler<PrintifyErrorBudgetHandler>();

        services.TryAddTransient<PrintifyPodProvider>();
        services.AddTransient<IPodProvider>(sp => sp.GetRequiredService<PrintifyPodProvider>());
        services.AddKeyedTransient<IPodProvider>(PrintifyClient.ServiceName, (sp, _) => sp.GetRequiredService<PrintifyPodProvider>());
        return new PrintifyBuilder(builder, http);
    }
}
