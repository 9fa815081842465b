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

    /// <summary>Everything but the secrets.</summary>
    public override string ToString() =>
        $"GelatoClientOptions {{ OrderApiBaseAddress = {OrderApiBaseAddress}, ShipmentApiBaseAddress = {ShipmentApiBaseAddress}, ApiKey = ***, WebhookSecret = {(WebhookSecret is null ? "(none)" : "***")} }}";
}
