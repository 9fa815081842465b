using PodConnect.Http.Resilience;
using PodConnect.Prodigi.Models;
using PodConnect.Providers;

namespace PodConnect.Prodigi;

/// <summary>
/// Settings of the Prodigi client. Bound from configuration and validated at start-up. The shared ones
/// (<see cref="PodProviderOptions.BaseAddress"/>, <see cref="PodProviderOptions.Resilience"/>,
/// <see cref="PodProviderOptions.AllowUnverifiedWebhooks"/>) come from <see cref="PodProviderOptions"/>.
/// </summary>
public sealed class ProdigiClientOptions : PodProviderOptions
{
    private static readonly string[] Sizings = ["fillPrintArea", "fitPrintArea", "stretchToPrintArea"];
    private ProdigiEnvironment _environment = ProdigiEnvironment.Sandbox;

    /// <summary>
    /// Creates the options with Prodigi's defaults: the <b>Sandbox</b> (nothing is printed or charged), and a
    /// pipeline of 5 requests/s with bursts of 10 (Prodigi publishes no limit; UNCONFIRMED), 3 retries of
    /// idempotent calls (creates carry an idempotency key, so they count), 30 s per attempt (Prodigi itself
    /// gives up after a minute), 90 s in all.
    /// </summary>
    public ProdigiClientOptions()
        : base(SandboxBaseAddress, new PodConnectResilienceOptions
        {
            PermitsPerSecond = 5,
            Burst = 10,
            AttemptTimeout = TimeSpan.FromSeconds(30),
            TotalTimeout = TimeSpan.FromSeconds(90),
        })
    {
    }

    /// <summary><c>https://api.prodigi.com/v4.0/</c>.</summary>
    public static Uri LiveBaseAddress { get; } = new("https://api.prodigi.com/v4.0/");

    /// <summary><c>https://api.sandbox.prodigi.com/v4.0/</c>.</summary>
    public static Uri SandboxBaseAddress { get; } = new("https://api.sandbox.prodigi.com/v4.0/");

    /// <summary>The API key sent as <c>X-API-Key</c> (dashboard → Settings → API). Sandbox and Live keys differ. Secret; never logged.</summary>
    public string ApiKey { get; set; } = string.Empty;

    /// <summary>
    /// Sandbox (default) or Live. Setting it moves <see cref="PodProviderOptions.BaseAddress"/> to that
    /// environment's host unless the base address was pointed elsewhere (a fake).
    /// </summary>
    public ProdigiEnvironment Environment
    {
        get => _environment;
        set
        {
            _environment = value;
            if (BaseAddress == SandboxBaseAddress || BaseAddress == LiveBaseAddress)
            {
                BaseAddress = value == ProdigiEnvironment.Live ? LiveBaseAddress : SandboxBaseAddress;
            }
        }
    }

    /// <summary>The shipping method used when an order names none. Default <c>Standard</c>.</summary>
    public string DefaultShippingMethod { get; set; } = "Standard";

    /// <summary>How images are fitted to the print area: <c>fillPrintArea</c> (default; crops), <c>fitPrintArea</c> or <c>stretchToPrintArea</c>.</summary>
    public string Sizing { get; set; } = "fillPrintArea";

    /// <summary>
    /// The URL Prodigi posts each order's callbacks to (set per order as <c>callbackUrl</c>); <see langword="null"/>
    /// leaves the dashboard's global callback URL in charge. Prodigi signs nothing: when <see cref="CallbackSecret"/>
    /// is set, it is appended as the query parameter <see cref="CallbackSecretParameter"/> and checked on arrival.
    /// </summary>
    public Uri? CallbackUrl { get; set; }

    /// <summary>The query parameter that carries <see cref="CallbackSecret"/>. Default <c>token</c>.</summary>
    public string CallbackSecretParameter { get; set; } = "token";

    /// <summary>A secret of your own that authenticates callbacks (Prodigi has no signature). Secret; never logged.</summary>
    public string? CallbackSecret { get; set; }

    /// <summary>Everything but the secrets.</summary>
    public override string ToString() =>
        $"ProdigiClientOptions {{ Environment = {Environment}, BaseAddress = {BaseAddress}, ApiKey = ***, CallbackSecret = {(CallbackSecret is null ? "(none)" : "***")} }}";

    /// <inheritdoc />
    protected override void Validate(ICollection<string> failures)
    {
        base.Validate(failures);
        CheckRequired(ApiKey, nameof(ApiKey), $"copy the {Environment} key from Prodigi's dashboard (Settings → API); Sandbox and Live keys differ", failures);
        if (!Enum.IsDefined(Environment))
        {
            failures.Add($"{SettingName(nameof(Environment))} must be Sandbox or Live.");
        }
        else if (Environment == ProdigiEnvironment.Live && BaseAddress == SandboxBaseAddress)
        {
            failures.Add($"{SettingName(nameof(Environment))} is Live but {SettingName(nameof(BaseAddress))} is the Sandbox host; set one of them, not both.");
        }

        if (!new ProdigiShippingMethod(DefaultShippingMethod ?? string.Empty).IsKnown)
        {
            failures.Add($"{SettingName(nameof(DefaultShippingMethod))} must be one of {string.Join(", ", ProdigiShippingMethod.Known)}.");
        }

        if (!Sizings.Contains(Sizing, StringComparer.Ordinal))
        {
            failures.Add($"{SettingName(nameof(Sizing))} must be one of {string.Join(", ", Sizings)}.");
        }

        if (CallbackUrl is { } callback && (!callback.IsAbsoluteUri || (callback.Scheme != Uri.UriSchemeHttps && !callback.IsLoopback)))
        {
            failures.Add($"{SettingName(nameof(CallbackUrl))} must be an absolute https URI.");
        }

        if (string.IsNullOrWhiteSpace(CallbackSecretParameter))
        {
            failures.Add($"{SettingName(nameof(CallbackSecretParameter))} must not be empty.");
        }
    }
}
