using PodConnect.Http.Resilience;
using PodConnect.Providers;

namespace PodConnect.Gelato;

/// <summary>
/// Settings of the Gelato client. Bound from configuration and validated at start-up. The shared ones
/// (<see cref="PodProviderOptions.BaseAddress"/> = the Order API host, <see cref="PodProviderOptions.Resilience"/>,
/// <see cref="PodProviderOptions.AllowUnverifiedWebhooks"/>) come from <see cref="PodProviderOptions"/>.
/// </summary>
public sealed class GelatoClientOptions : PodProviderOptions
{
    /// <summary>
    /// Creates the options with Gelato's defaults: <c>https://order.gelatoapis.com/</c>, and a pipeline of
    /// 2 requests/s with bursts of 10 (Gelato publishes no limit; UNCONFIRMED), 3 retries of idempotent
    /// calls only, 20 s per attempt, 60 s in all.
    /// </summary>
    public GelatoClientOptions()
        : base(new Uri("https://order.gelatoapis.com/"), new PodConnectResilienceOptions
        {
            PermitsPerSecond = 2,
            Burst = 10,
            AttemptTimeout = TimeSpan.FromSeconds(20),
            TotalTimeout = TimeSpan.FromSeconds(60),
        })
    {
    }

    /// <summary>The API key sent as <c>X-API-KEY</c> (dashboard → Developer → API keys). Secret; never logged.</summary>
    public string ApiKey { get; set; } = string.Empty;

    /// <summary>The Shipment API host. Default <c>https://shipment.gelatoapis.com/</c>.</summary>
    public Uri ShipmentBaseAddress { get; set; } = new("https://shipment.gelatoapis.com/");

    /// <summary>The Product API host (stock availability). Default <c>https://product.gelatoapis.com/</c>.</summary>
    public Uri ProductBaseAddress { get; set; } = new("https://product.gelatoapis.com/");

    /// <summary>
    /// Gelato stock region (<c>stockRegionUid</c>) → the facilities of the routing network it stands for, used when the
    /// stock poller reads <c>POST /v3/stock/region-availability</c>. Default: <c>UK</c> → London; <c>EU</c> → Berlin,
    /// Amsterdam, Paris, Madrid, Milan and Dublin. Gelato does not publish which hubs draw on which stock region, so the
    /// table is UNCONFIRMED; change it here (in code) when you know better or use your own network's ids. Regions not
    /// listed (<c>US-CA</c>, <c>ROW</c>…) count only towards the provider-wide status.
    /// </summary>
    public Dictionary<string, string[]> StockRegionFacilities { get; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UK"] = ["gelato-gb-london"],
        ["EU"] = ["gelato-de-berlin", "gelato-nl-amsterdam", "gelato-fr-paris", "gelato-es-madrid", "gelato-it-milan", "gelato-ie-dublin"],
    };

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

    /// <summary>Everything but the secrets.</summary>
    public override string ToString() =>
        $"GelatoClientOptions {{ BaseAddress = {BaseAddress}, ShipmentBaseAddress = {ShipmentBaseAddress}, ProductBaseAddress = {ProductBaseAddress}, ApiKey = ***, WebhookSecret = {(WebhookSecret is null ? "(none)" : "***")} }}";

    /// <inheritdoc />
    protected override void Validate(ICollection<string> failures)
    {
        base.Validate(failures);
        CheckRequired(ApiKey, nameof(ApiKey), "create a key in Gelato's dashboard (Developer → API keys)", failures);
        CheckAddress(ShipmentBaseAddress, nameof(ShipmentBaseAddress), failures);
        CheckAddress(ProductBaseAddress, nameof(ProductBaseAddress), failures);
        if (string.IsNullOrWhiteSpace(WebhookSecretHeaderName))
        {
            failures.Add($"{SettingName(nameof(WebhookSecretHeaderName))} must not be empty.");
        }
    }
}
