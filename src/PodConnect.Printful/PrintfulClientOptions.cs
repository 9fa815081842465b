namespace PodConnect.Printful;

/// <summary>Settings of the Printful client. Validated at start-up.</summary>
public sealed class PrintfulClientOptions
{
    /// <summary>A private token or OAuth access token, sent as <c>Authorization: Bearer</c>. Secret; never logged.</summary>
    public string AccessToken { get; set; } = string.Empty;

    /// <summary>The API host; v1 paths are at its root, v2 under <c>/v2</c>. Default <c>https://api.printful.com/</c>.</summary>
    public Uri BaseAddress { get; set; } = new("https://api.printful.com/");

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

    /// <summary>Accept webhooks without any verification. Off by default; only for local experiments.</summary>
    public bool AllowUnverifiedWebhooks { get; set; }

    /// <summary>Everything but the secrets.</summary>
    public override string ToString() =>
        $"PrintfulClientOptions {{ BaseAddress = {BaseAddress}, StoreId = {StoreId}, AccessToken = ***, WebhookSecretKey = {(WebhookSecretKey is null ? "(none)" : "***")}, WebhookUrlToken = {(WebhookUrlToken is null ? "(none)" : "***")} }}";
}
