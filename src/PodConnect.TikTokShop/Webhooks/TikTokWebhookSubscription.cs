using System.Text.Json.Serialization;
using PodConnect.Http.Json;

namespace PodConnect.TikTokShop.Webhooks;

/// <summary>A shop's webhook subscription (Get Shop Webhooks).</summary>
public sealed class TikTokWebhookSubscription
{
    /// <summary>The topic, e.g. <c>ORDER_STATUS_CHANGE</c>, <c>PACKAGE_UPDATE</c>.</summary>
    public string EventType { get; set; } = string.Empty;

    /// <summary>The URL TikTok posts to.</summary>
    public string? Address { get; set; }

    /// <summary>When it was created.</summary>
    [JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? CreateTime { get; set; }

    /// <summary>When it was last changed.</summary>
    [JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? UpdateTime { get; set; }
}

internal sealed class WebhooksData
{
    public IReadOnlyList<TikTokWebhookSubscription>? Webhooks { get; set; }
}

/// <summary>PUT body; property order is the wire order (event_type first, as in TikTok's samples).</summary>
internal sealed class WebhookBody
{
    public string? EventType { get; set; }

    public string? Address { get; set; }
}
