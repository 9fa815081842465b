using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PodConnect.DependencyInjection;
using PodConnect.Http.Resilience;
using PodConnect.Stores;
using PodConnect.TikTokShop;
using PodConnect.TikTokShop.Auth;
using PodConnect.TikTokShop.DependencyInjection;
using PodConnect.TikTokShop.Internal;
using PodConnect.TikTokShop.Signing;
using PodConnect.TikTokShop.Webhooks;

// Extension methods for the PodConnect builder live here so they show up without a using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds the TikTok Shop client to PodConnect.</summary>
public static class TikTokShopBuilderExtensions
{
    /// <summary>The name of the resilience pipeline (and its <see cref="PodConnectResilienceOptions"/>).</summary>
    public const string PipelineName = "podconnect-tiktokshop";

    /// <summary>
    /// Registers <see cref="TikTokShopClient"/>, <see cref="TikTokShopAuthClient"/>, the webhook
    /// verifier and receiver, an in-memory token store and webhook de-duplication store (replace them
    /// by registering your own first), request signing and the resilience pipeline. Options are
    /// validated at start-up: <c>services.AddPodConnect(b =&gt; b.AddTikTokShop(o =&gt; { o.AppKey = …; o.AppSecret = …; }))</c>.
    /// Bind from configuration with <c>o =&gt; configuration.GetSection("TikTokShop").Bind(o)</c>.
    /// </summary>
    /// <param name="builder">The PodConnect builder.</param>
    /// <param name="configure">Sets the options.</param>
    /// <param name="useDefaultResilience">
    /// Adds PodConnect's resilience pipeline (<c>podconnect-tiktokshop</c>: rate limit per shop, retries of
    /// idempotent calls honouring Retry-After, timeouts). Pass <c>false</c> if you add your own handler
    /// (for example through <c>ConfigureHttpClientDefaults</c>); do not stack two.
    /// </param>
    public static TikTokShopBuilder AddTikTokShop(this IPodConnectBuilder builder, Action<TikTokShopClientOptions> configure, bool useDefaultResilience = true)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var services = builder.Services;
        services.AddOptions<TikTokShopClientOptions>().Configure(configure).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TikTokShopClientOptions>, TikTokShopOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        // Shared by every instance when a shared record store is registered (e.g. .UseRedis), in whichever order.
        services.TryAddSingleton<ITikTokShopTokenStore>(sp => sp.GetService<ISharedRecordStore>() is { } shared
            ? new SharedTikTokShopTokenStore(shared)
            : new InMemoryTikTokShopTokenStore());
        services.TryAddSingleton<ITikTokShopNotificationStore, InMemoryTikTokShopNotificationStore>();
        services.TryAddSingleton<TikTokShopAuthClient>();
        services.TryAddSingleton(sp => new TikTokShopClient(
            sp.GetRequiredService<IHttpClientFactory>(),
            sp.GetRequiredService<IOptions<TikTokShopClientOptions>>(),
            sp.GetRequiredService<TikTokShopAuthClient>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<Microsoft.Extensions.Logging.ILogger<TikTokShopClient>>()));
        services.TryAddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<TikTokShopClientOptions>>().Value;
            return new TikTokShopWebhookVerifier(o.AppKey, o.AppSecret);
        });
        services.TryAddSingleton<TikTokShopWebhookReceiver>();
        services.TryAddTransient<TikTokShopSigningHandler>();

        var http = services.AddHttpClient(TikTokShopTransport.HttpClientName);
        http.RedactLoggedHeaders([TikTokShopSigningHandler.AccessTokenHeader]);
        // Read when the pipeline is first built, after the user's configure has run.
        services.AddOptions<PodConnectResilienceOptions>(PipelineName)
            .Configure<IOptions<TikTokShopClientOptions>>((r, o) => o.Value.Resilience.CopyTo(r));
        if (useDefaultResilience)
        {
            http.AddPodConnectResilience(PipelineName);
        }
        else
        {
            http.ConfigureHttpClient(c => c.Timeout = Timeout.InfiniteTimeSpan);
        }

        // Inside the pipeline: runs on every attempt, so each retry is re-stamped and re-signed.
        http.AddHttpMessageHandler<TikTokShopSigningHandler>();
        return new TikTokShopBuilder(builder, http);
    }

    private sealed class TikTokShopOptionsValidator : IValidateOptions<TikTokShopClientOptions>
    {
        public ValidateOptionsResult Validate(string? name, TikTokShopClientOptions options) =>
            options.Validate() is { } error ? ValidateOptionsResult.Fail(error) : ValidateOptionsResult.Success;
    }

    /// <summary>
    /// Like <see cref="AddTikTokShop(IPodConnectBuilder, Action{TikTokShopClientOptions}, bool)"/>, with the options bound from a
    /// configuration section (e.g. <c>configuration.GetSection("PodConnect:TikTokShop")</c>: <c>AppKey</c>, <c>AppSecret</c>, <c>ServiceId</c>…), then <paramref name="configure"/>.
    /// </summary>
    /// <param name="builder">The PodConnect builder.</param>
    /// <param name="section">The section holding the settings.</param>
    /// <param name="configure">Adjusts the bound options, if given.</param>
    /// <param name="useDefaultResilience">Adds PodConnect's pipeline; pass <see langword="false"/> when you add your own.</param>
    public static TikTokShopBuilder AddTikTokShop(this IPodConnectBuilder builder, IConfiguration section, Action<TikTokShopClientOptions>? configure = null, bool useDefaultResilience = true)
    {
        ArgumentNullException.ThrowIfNull(section);
        return builder.AddTikTokShop(
            options =>
            {
                section.Bind(options);
                configure?.Invoke(options);
            },
            useDefaultResilience);
    }
}
