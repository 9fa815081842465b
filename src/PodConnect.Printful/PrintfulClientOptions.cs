using PodConnect.Http.Resilience;
using PodConnect.Providers;

namespace PodConnect.Printful;

/// <summary>
/// Settings of the Printful client. Validated at start-up. The shared ones
/// (<see cref="PodProviderOptions.BaseAddress"/>, <see cref="PodProviderOptions.Resilience"/>,
/// <see cref="PodProviderOptions.AllowUnverifiedWebhooks"/>) come from <see cref="PodProviderOptions"/>.
/// </summary>
public sealed class PrintfulClientOptions : PodProviderOptions
{
    /// <summary>
    /// Creates the options with Printful's defaults: <c>https://api.printful.com/</c> (v1 paths at its
    /// root, v2 under <c>/v2</c>), and a pipeline that follows Printful's 120 requests/min: 1.9 requests/s
    /// with bursts of 5 (so no 60 s window can exceed 120), Retry-After honoured up to 60 s (v1's lockout),
    /// 3 retries of idempotent calls, 20 s per attempt, 90 s in all.
    /// </summary>
    public PrintfulClientOptions()
        : base(new Uri("https://api.printful.com/"), new PodConnectResilienceOptions
        {
            PermitsPerSecond = 1.9,
            Burst = 5,
            MaxRetryAfter = TimeSpan.FromSeconds(60),
            AttemptTimeout = TimeSpan.FromSeconds(20),
            TotalTimeout = TimeSpan.FromSeconds(90),
        })
    {
    }

    /// <summary>A private token or OAuth access token, sent as <c>Authorization: Bearer</c>. Secret; never logged.</summary>
    public string AccessToken { get; set; } = string.Empty;

    /// <summary>The store, sent as <c>X-PF-Store-Id</c>; required with an account-level token, omitted when <see langword="null"/>.</summary>
    public string? StoreId { get; set; }

    /// <summary>
    /// The v2 webhook configuration's <c>secret_key</c> (returned once, when the configuration is created).
    /// Deliveries carrying <c>x-pf-webhook-signature</c> are verified with it. Secret; never logged.
    /// </summary>
    public string? WebhookSecretKey { get; set; }

    /// <summary>
    /// A token you put in the v1 webhook URL (<c>?token=…</c>): v1 deliveries are unsigned, so the URL
    /// is the only secret. Deliveries without a v2 signature must carry it. Secret; never logged.
    /// </summary>
    public string? WebhookUrlToken { get; set; }

    /// <summary>
    /// Printful selling region (as the availability API names it) → the facilities of the routing network it stands for,
    /// used when the stock poller reads <c>GET /v2/catalog-variants/{id}/availability</c>. Default: <c>uk</c> → Birmingham,
    /// <c>latvia</c> → Riga, <c>spain</c> → Barcelona, <c>europe</c> → Riga and Barcelona. Which facility fulfils which
    /// selling region is UNCONFIRMED (Printful publishes the centres, not the mapping); change it here (in code) when you
    /// know better or use your own network's ids. Regions not listed (<c>worldwide</c>, <c>north_america</c>…) count only
    /// towards the provider-wide status.
    /// </summary>
    public Dictionary<string, string[]> StockRegionFacilities { get; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["uk"] = ["printful-gb-birmingham"],
        ["latvia"] = ["printful-lv-riga"],
        ["spain"] = ["printful-es-barcelona"],
        ["europe"] = ["printful-lv-riga", "printful-es-barcelona"],
    };

    /// <summary>Everything but the secrets.</summary>
    public override string ToString() =>
        $"PrintfulClientOptions {{ BaseAddress = {BaseAddress}, StoreId = {StoreId}, AccessToken = ***, WebhookSecretKey = {(WebhookSecretKey is null ? "(none)" : "***")}, WebhookUrlToken = {(WebhookUrlToken is null ? "(none)" : "***")} }}";

    /// <inheritdoc />
    protected override void Validate(ICollection<string> failures)
    {
        base.Validate(failures);
        CheckRequired(AccessToken, nameof(AccessToken), "create a private token at developers.printful.com (scope 'orders')", failures);
        if (StoreId is { } store && (store.Length == 0 || !store.All(char.IsAsciiDigit)))
        {
            failures.Add($"{SettingName(nameof(StoreId))} must be a numeric store id (GET /stores lists them); it is '{store}'.");
        }
    }
}
