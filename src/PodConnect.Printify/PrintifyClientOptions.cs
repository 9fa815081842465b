using System.Net.Http.Headers;
using PodConnect.Http.Resilience;
using PodConnect.Providers;

namespace PodConnect.Printify;

/// <summary>
/// Settings of the Printify client. Bound from configuration and validated at start-up. The shared ones
/// (<see cref="PodProviderOptions.BaseAddress"/>, <see cref="PodProviderOptions.Resilience"/>,
/// <see cref="PodProviderOptions.AllowUnverifiedWebhooks"/>) come from <see cref="PodProviderOptions"/>.
/// </summary>
public sealed class PrintifyClientOptions : PodProviderOptions
{
    /// <summary>
    /// Creates the options with Printify's defaults: <c>https://api.printify.com/v1/</c>, and a pipeline of
    /// 10 requests/s with bursts of 10 — Printify's documented 600 requests per minute per account — 3
    /// retries of reads only, 20 s per attempt, 60 s in all.
    /// </summary>
    public PrintifyClientOptions()
        : base(new Uri("https://api.printify.com/v1/"), new PodConnectResilienceOptions
        {
            PermitsPerSecond = 10,
            Burst = 10,
            AttemptTimeout = TimeSpan.FromSeconds(20),
            TotalTimeout = TimeSpan.FromSeconds(60),
        })
    {
    }

    /// <summary>The personal access token (valid one year) or OAuth access token (6 hours), sent as <c>Authorization: Bearer</c>. Secret; never logged.</summary>
    public string AccessToken { get; set; } = string.Empty;

    /// <summary>The shop (an "API" store in Printify) every order call is scoped to: <c>/v1/shops/{ShopId}/…</c>.</summary>
    public string ShopId { get; set; } = string.Empty;

    /// <summary>The <c>User-Agent</c> Printify requires on every request: the client type or your application's name. Default <c>PodConnect</c>.</summary>
    public string UserAgent { get; set; } = "PodConnect";

    /// <summary>The currency of Printify's cent amounts (they carry none; the account's billing currency, UNCONFIRMED). Default <c>USD</c>.</summary>
    public string Currency { get; set; } = "USD";

    /// <summary>
    /// How many pages of recent orders (10 per page, Printify's maximum) a lookup by external id reads
    /// before concluding there is none. Default 10 (the newest 100 orders). Printify has no external-id
    /// filter, so this bounds the cost of idempotent placement; see docs/providers.md for the residual race.
    /// </summary>
    public int ExternalIdLookupPages { get; set; } = 10;

    /// <summary>Let Printify e-mail the buyer when the order ships. Default off (the marketplace informs the buyer).</summary>
    public bool SendShippingNotification { get; set; }

    /// <summary>The secret set on the webhook subscriptions; <c>X-Pfy-Signature</c> is checked against it. Secret; never logged.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Printify's rule: error responses may not exceed this share of all requests. Default 0.05 (5%).</summary>
    public double MaxErrorRate { get; set; } = 0.05;

    /// <summary>Everything but the secrets.</summary>
    public override string ToString() =>
        $"PrintifyClientOptions {{ BaseAddress = {BaseAddress}, ShopId = {ShopId}, UserAgent = {UserAgent}, AccessToken = ***, WebhookSecret = {(WebhookSecret is null ? "(none)" : "***")} }}";

    /// <inheritdoc />
    protected override void Validate(ICollection<string> failures)
    {
        base.Validate(failures);
        CheckRequired(AccessToken, nameof(AccessToken), "generate a personal access token in Printify (My Profile → Connections) with orders.read and orders.write", failures);
        if (string.IsNullOrWhiteSpace(ShopId) || !ShopId.All(char.IsAsciiDigit))
        {
            failures.Add($"{SettingName(nameof(ShopId))} is required and numeric: GET /v1/shops.json lists your shops; use an \"API\" store.");
        }

        if (string.IsNullOrWhiteSpace(UserAgent) || !ProductInfoHeaderValue.TryParse(UserAgent, out _))
        {
            failures.Add($"{SettingName(nameof(UserAgent))} is required by Printify and must be a valid User-Agent, e.g. \"MyShop/1.0\".");
        }

        if (Currency is not { Length: 3 } currency || !currency.All(char.IsAsciiLetter))
        {
            failures.Add($"{SettingName(nameof(Currency))} must be an ISO 4217 code, e.g. USD.");
        }

        if (ExternalIdLookupPages is < 1 or > 1000)
        {
            failures.Add($"{SettingName(nameof(ExternalIdLookupPages))} must be between 1 and 1000.");
        }

        if (MaxErrorRate is <= 0 or >= 1 || double.IsNaN(MaxErrorRate))
        {
            failures.Add($"{SettingName(nameof(MaxErrorRate))} must be between 0 and 1 (Printify's rule is 0.05).");
        }
    }
}
