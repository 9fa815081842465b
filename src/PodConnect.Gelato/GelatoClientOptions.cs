namespace PodConnect.Gelato;

/// <summary>Settings of the Gelato client. Bound from configuration and validated at start-up.</summary>
public sealed class GelatoClientOptions
{
    /// <summary>The API key sent as <c>X-API-KEY</c> (dashboard → Developer → API keys). Secret; never logged.</summary>
    public string ApiKey { get; set; } = string.Empty;

    /// <summary>The Order API host. Default <c>https://order.gelatoapis.com/</c>; tests point it at a fake.</summary>
    public Uri OrderApiBaseAddress { get; set; } = new("https://order.gelatoapis.com/");

    /// <summary>The Shipment API host. Default <c>https://shipment.gelatoapis.com/</c>.</summary>
    public Uri ShipmentApiBaseAddress { get; set; } = new("https://shipment.gelatoapis.com/");

    /// <summary>
    /// The <c>customerReferenceId</c> Gelato requires on every order. Default: the order's external id
    /// (one "customer" per marketplace order, which is what TikTok gives us).
    /// </summary>
    public string? CustomerReferenceId { get; set; }

    /// <summary>
    /// Name of the header that carries the webhook shared secret. Gelato documents no signature; its
    /// dashboard lets you add a custom header to a webhook — set the same name and value there.
    /// </summary>
    public string WebhookSecretHeaderName { get; set; } = "X-PodConnect-Webhook-Secret";

    /// <summary>The shared secret expected in <see cref="WebhookSecretHeaderName"/>. Secret; never logged.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>
    /// Accept webhooks without a secret. Off by default: anyone who learns the URL could forge events.
    /// Only for local experiments.
    /// </summary>
    public bool AllowUnverifiedWebhooks { get; set; }

    /// <summary>Client-side request budget per minute (Gelato publishes no number; UNCONFIRMED). Default 120.</summary>
    public int RequestsPerMinute { get; set; } = 120;

    /// <summary>Timeout of one attempt. Default 20 s.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Timeout of a call including retries and waits. Default 60 s.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Retries of an idempotent call (never of an order creation). Default 3.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first retry's delay; later ones grow exponentially with jitter, capped at 30 s. Default 500 ms.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Everything but the secrets.</summary>
    public override string ToString() =>
        $"GelatoClientOptions {{ OrderApiBaseAddress = {OrderApiBaseAddress}, ShipmentApiBaseAddress = {ShipmentApiBaseAddress}, ApiKey = ***, WebhookSecret = {(WebhookSecret is null ? "(none)" : "***")} }}";
}
