using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PodConnect.Http.Reachability;
using PodConnect.Http.Resilience;
using PodConnect.Providers;

namespace PodConnect.DependencyInjection;

/// <summary>
/// Registers a POD provider in one call — the one template every provider package (and yours) uses:
/// <code>
/// public static PodProviderBuilder AddGelato(this IPodConnectBuilder builder, Action&lt;GelatoClientOptions&gt; configure, bool useDefaultResilience = true) =&gt;
///     builder.AddPodProvider&lt;GelatoClient, GelatoPodProvider, GelatoClientOptions&gt;("gelato", configure, useDefaultResilience);
/// </code>
/// </summary>
public static class PodProviderRegistration
{
    /// <summary>The name of a provider's <see cref="System.Net.Http.HttpClient"/>: <c>PodConnect.{name}</c>.</summary>
    /// <param name="name">The provider's short name.</param>
    public static string HttpClientName(string name) => "PodConnect." + name;

    /// <summary>The name of a provider's resilience pipeline (and its named <see cref="PodConnectResilienceOptions"/>): <c>podconnect-{name}</c>.</summary>
    /// <param name="name">The provider's short name.</param>
    public static string PipelineName(string name) => "podconnect-" + name;

    /// <summary>
    /// Registers <typeparamref name="TOptions"/> (configured by <paramref name="configure"/>, validated
    /// when the host starts with messages that name the setting), <typeparamref name="TClient"/> as a
    /// typed client on <see cref="HttpClientName"/>, the <see cref="PipelineName"/> resilience pipeline
    /// built from <see cref="PodProviderOptions.Resilience"/>, and <typeparamref name="TProvider"/> — itself,
    /// as an <see cref="IPodProvider"/> and as the <see cref="IPodProvider"/> keyed <paramref name="name"/>.
    /// Every registration is a <c>TryAdd…</c>: what you registered first wins, and a second call only adds
    /// its <paramref name="configure"/>.
    /// </summary>
    /// <typeparam name="TClient">The provider's typed HTTP client.</typeparam>
    /// <typeparam name="TProvider">The provider's <see cref="IPodProvider"/>.</typeparam>
    /// <typeparam name="TOptions">The provider's options.</typeparam>
    /// <param name="builder">The PodConnect builder.</param>
    /// <param name="name">The provider's short name (<c>gelato</c>): DI key, log and metric tag.</param>
    /// <param name="configure">Sets the options.</param>
    /// <param name="useDefaultResilience">
    /// Adds PodConnect's pipeline. Pass <see langword="false"/> when you add your own handler (through
    /// <see cref="PodProviderBuilder.HttpClient"/> or <c>ConfigureHttpClientDefaults</c>); do not stack two.
    /// <see cref="System.Net.Http.HttpClient.Timeout"/> is infinite either way: the pipeline owns timeouts.
    /// </param>
    public static PodProviderBuilder AddPodProvider<
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TClient,
        [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TProvider,
        TOptions>(
        this IPodConnectBuilder builder,
        string name,
        Action<TOptions> configure,
        bool useDefaultResilience = true)
        where TClient : class
        where TProvider : class, IPodProvider
        where TOptions : PodProviderOptions, new()
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(configure);
        var services = builder.Services;
        services.AddOptions<TOptions>().Configure(configure).ValidateOnStart();
        if (services.FirstOrDefault(d => d.ServiceType == typeof(Registered<TProvider>))?.ImplementationInstance is Registered<TProvider> earlier)
        {
            return new PodProviderBuilder(services, name, earlier.HttpClient);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, OptionsValidator<TOptions>>());

        var http = services.AddHttpClient<TClient>(HttpClientName(name));
        var pipeline = PipelineName(name);

        // Read when the pipeline is first built, from the provider's options as configured but not yet
        // validated: a bad provider setting is then reported once, by the provider's own validator.
        services.AddOptions<PodConnectResilienceOptions>(pipeline)
            .Configure<IEnumerable<IConfigureOptions<TOptions>>, IEnumerable<IPostConfigureOptions<TOptions>>>(
                (target, configures, postConfigures) => Unvalidated(configures, postConfigures).Resilience?.CopyTo(target)); // null: the validator names the setting
        if (useDefaultResilience)
        {
            http.AddPodConnectResilience(pipeline);
        }
        else
        {
            http.ConfigureHttpClient(client => client.Timeout = Timeout.InfiniteTimeSpan);
            RemoteApiTracking.Add(http, name); // With the default pipeline, AddPodConnectResilience adds it.
        }

        services.TryAddTransient<TProvider>();
        services.TryAddEnumerable(ServiceDescriptor.Transient<IPodProvider, TProvider>(sp => sp.GetRequiredService<TProvider>()));
        services.TryAddKeyedTransient<IPodProvider>(name, (sp, _) => sp.GetRequiredService<TProvider>());
        services.AddSingleton(new Registered<TProvider>(http));
        return new PodProviderBuilder(services, name, http);
    }

    private static TOptions Unvalidated<TOptions>(IEnumerable<IConfigureOptions<TOptions>> configures, IEnumerable<IPostConfigureOptions<TOptions>> postConfigures)
        where TOptions : class, new()
    {
        var options = new TOptions();
        foreach (var configure in configures)
        {
            if (configure is IConfigureNamedOptions<TOptions> named)
            {
                named.Configure(Options.DefaultName, options);
            }
            else
            {
                configure.Configure(options);
            }
        }

        foreach (var postConfigure in postConfigures)
        {
            postConfigure.PostConfigure(Options.DefaultName, options);
        }

        return options;
    }

    /// <summary>Marks a provider as registered, keeping its HTTP client builder for a second call.</summary>
    private sealed class Registered<TProvider>(IHttpClientBuilder httpClient)
    {
        public IHttpClientBuilder HttpClient { get; } = httpClient;
    }

    private sealed class OptionsValidator<TOptions> : IValidateOptions<TOptions>
        where TOptions : PodProviderOptions
    {
        public ValidateOptionsResult Validate(string? name, TOptions options) =>
            options.Validate() is { Count: > 0 } failures ? ValidateOptionsResult.Fail(failures) : ValidateOptionsResult.Success;
    }
}
