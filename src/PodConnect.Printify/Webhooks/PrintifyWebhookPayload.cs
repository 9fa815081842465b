namespace PodConnect.Printify.Webhooks;

/// <summary>A Printify webhook: <c>{"id","type","created_at","resource":{"id","type","data":{…}}}</c>.</summary>
internal sealed class PrintifyWebhookPayload
{
    /// <summary>The event id: the same for redeliveries.</summary>
    public string? Id { get; set; }

    /// <summary>The topic, e.g. <c>order:shipment:created</c>.</summary>
    public string? Type { get; set; }

    /// <summary>When it happened.</summary>
    public DateTimeOffset? CreatedAt { get; set; }

    /// <summary>What it is about.</summary>
    public PrintifyWebhookResource? Resource { get; set; }
}

/// <summary>The resource of a webhook.</summary>
internal sealed class PrintifyWebhookResource
{
    /// <summary>The order (or product) id.</summary>
    public string? Id { get; set; }

    /// <summary><c>order</c>, <c>product</c> or <c>shop</c>.</summary>
    public string? Type { get; set; }

    /// <summary>The topic's data.</summary>
    public PrintifyWebhookData? Data { get; set; }
}

/// <summary>The data of an order webhook.</summary>
internal sealed class PrintifyWebhookData
{
    /// <summary>The shop.</summary>
    public long? ShopId { get; set; }

    /// <summary>The new status (<c>order:updated</c>).</summary>
    public Models.PrintifyOrderStatus? Status { get; set; }

    /// <summary>When the parcel left (<c>order:shipment:created</c>).</summary>
    public DateTimeOffset? ShippedAt { get; set; }

    /// <summary>When the parcel arrived (<c>order:shipment:delivered</c>).</summary>
    public DateTimeOffset? DeliveredAt { get; set; }

    /// <summary>The carrier and tracking.</summary>
    public PrintifyWebhookCarrier? Carrier { get; set; }
}

/// <summary>The carrier of a shipment webhook.</summary>
internal sealed class PrintifyWebhookCarrier
{
    /// <summary>The carrier, e.g. <c>USPS</c>.</summary>
    public string? Code { get; set; }

    /// <summary>The tracking number.</summary>
    public string? TrackingNumber { get; set; }

    /// <summary>The tracking page.</summary>
    public string? TrackingUrl { get; set; }
}
