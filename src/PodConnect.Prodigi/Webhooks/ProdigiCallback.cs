using System.Text.Json;

namespace PodConnect.Prodigi.Webhooks;

/// <summary>A Prodigi callback: a CloudEvents 1.0 envelope whose <c>data</c> holds the order (as <c>{"order": …}</c> or, as some deliveries show, the order itself).</summary>
internal sealed class ProdigiCallback
{
    /// <summary>The CloudEvents version, <c>1.0</c>.</summary>
    public string? Specversion { get; set; }

    /// <summary>E.g. <c>com.prodigi.order.status.stage.changed#Complete</c>.</summary>
    public string? Type { get; set; }

    /// <summary>The API that produced it, e.g. <c>https://api.prodigi.com/v4.0/Orders/</c>.</summary>
    public string? Source { get; set; }

    /// <summary>The event id, <c>evt_…</c>: the same for redeliveries.</summary>
    public string? Id { get; set; }

    /// <summary>When the event was generated (RFC 3339).</summary>
    public DateTimeOffset? Time { get; set; }

    /// <summary>The order id.</summary>
    public string? Subject { get; set; }

    /// <summary>The payload, verbatim.</summary>
    public JsonElement? Data { get; set; }
}
