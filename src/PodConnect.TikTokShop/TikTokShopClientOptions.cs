using PodConnect.Http.Resilience;

namespace PodConnect.TikTokShop;

/// <summary>
/// Settings of the TikTok Shop client, bound from configuration section <c>TikTokShop</c> by default
/// and validated at start-up (a bad value fails with a message naming the setting).
/// </summary>
public sealed class TikTokShopClientOptions
{
    /// <summary>The configuration section name used in validation messages.</summary>
    public const string SectionName = "TikTokShop";

    /// <summary>The app key from Partner Center. Required.</summary>
    public string AppKey { get; set; } = string.Empty;

    /// <summary>The app secret from Partner Center. Required. Never logged.</summary>
    public string AppSecret { get; set; } = string.Empty;

    /// <summary>The service id shown on the app's Partner Center page, for the seller authorization link.</summary>
    public string? ServiceId { get; set; }

    /// <summary>The Open API host. Default <c>https://open-api.tiktokglobalshop.com</c> (TikTok has no working sandbox).</summary>
    public Uri ApiBaseUrl { get; set; } = new("https://open-api.tiktokglobalshop.com");

    /// <summary>The token host (<c>/api/v2/token/get</c>, <c>/refresh</c>). Default <c>https://auth.tiktok-shops.com</c>.</summary>
    public Uri AuthBaseUrl { get; set; } = new("https://auth.tiktok-shops.com");

    /// <summary>
    /// The seller consent page host. Default <c>https://services.tiktokshop.com</c>; US sellers use
    /// <c>https://services.us.tiktokshop.com</c>.
    /// </summary>
    public Uri AuthorizeBaseUrl { get; set; } = new("https://services.tiktokshop.com");

    /// <summary>Refresh the access token when less than this remains before it expires. Default 24 h.</summary>
    public TimeSpan RefreshBeforeExpiry { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long the shipping providers of a delivery option are cached. Default 12 h.</summary>
    public TimeSpan ShippingProviderCacheDuration { get; set; } = TimeSpan.FromHours(12);

    /// <summary>The API version of each operation (TikTok versions endpoints one by one).</summary>
    public TikTokShopApiVersions ApiVersions { get; set; } = new();

    /// <summary>
    /// Resilience settings. The rate limit applies per shop <em>and</em> per API, as TikTok's does
    /// ("a default rate limit of 50 QPS for each API", per app and shop). The defaults, 45 per second
    /// with a burst of 5, keep every one-second window within 50. TikTok's HTTP 429 (its limiter) and
    /// 503 (a protective measure) are both retried with randomized exponential backoff.
    /// </summary>
    public PodConnectResilienceOptions Resilience { get; set; } = new() { PermitsPerSecond = 45, Burst = 5 };

    /// <summary>Returns the first problem, naming the setting, or <c>null</c> when the options are usable.</summary>
    public string? Validate()
    {
        if (string.IsNullOrWhiteSpace(AppKey))
        {
            return $"{SectionName}:{nameof(AppKey)} is required (the app key from TikTok Shop Partner Center).";
        }

        if (string.IsNullOrWhiteSpace(AppSecret))
        {
            return $"{SectionName}:{nameof(AppSecret)} is required (the app secret from TikTok Shop Partner Center).";
        }

        foreach (var (name, url) in new[] { (nameof(ApiBaseUrl), ApiBaseUrl), (nameof(AuthBaseUrl), AuthBaseUrl), (nameof(AuthorizeBaseUrl), AuthorizeBaseUrl) })
        {
            if (url is null || !url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
            {
                return $"{SectionName}:{name} must be an absolute http(s) URL.";
            }
        }

        if (RefreshBeforeExpiry < TimeSpan.Zero)
        {
            return $"{SectionName}:{nameof(RefreshBeforeExpiry)} must not be negative.";
        }

        if (ShippingProviderCacheDuration < TimeSpan.Zero)
        {
            return $"{SectionName}:{nameof(ShippingProviderCacheDuration)} must not be negative.";
        }

        if (ApiVersions is null)
        {
            return $"{SectionName}:{nameof(ApiVersions)} must be set.";
        }

        if (ApiVersions.Validate($"{SectionName}:{nameof(ApiVersions)}") is { } version)
        {
            return version;
        }

        return Resilience is null
            ? $"{SectionName}:{nameof(Resilience)} must be set."
            : Resilience.Validate($"{SectionName}:{nameof(Resilience)}");
    }
}
