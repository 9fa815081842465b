namespace PodConnect.Printify;

/// <summary>Settings of the Printify client. Bound from configuration and validated at start-up.</summary>
public sealed class PrintifyClientOptions
{
    /// <summary>The personal access token (valid one year) or OAuth access token (6 hours), sent as <c>Authorization: Bearer</c>. Secret; never logged.</summary>
    public string AccessToken { get; set; } = string.Empty;

    /// <summary>The shop (an "API" store in Printify) every order call is scoped to: <c>/v1/shops/{ShopId}/…</c>.</summary>
    public string ShopId { get; set; } = string.Empty;

    /// <summary>The <c>User-Agent</c> Printify requires on every request: the client type or your application's name. Default <c>PodConnect</c>.</summary>
    public string UserAgent { get; set; } = "PodConnect";

    /// <summary>The API host. Default <c>https://api.printify.com/v1/</c>; tests point it at a fake. Must end with <c>/</c>.</summary>
    public Uri BaseAddress { get; set; } = new("https://api.printify.com/v1/");

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

    /// <summary>Accept webhooks without a signature. Off by default. Only for local experiments.</summary>
    public bool AllowUnverifiedWebhooks { get; set; }

    /// <summary>Printify's rule: error responses may not exceed this share of all requests. Default 0.05 (5%).</summary>
    public double MaxErrorRate { get; set; } = 0.05;

    /// <summary>Everything but the secrets.</summary>
    public override string ToString() =>
        $"PrintifyClientOptions {{ BaseAddress = {BaseAddress}, ShopId = {ShopId}, UserAgent = {UserAgent}, AccessToken = ***, WebhookSecret = {(WebhookSecret is null ? "(none)" : "***")} }}";
}
