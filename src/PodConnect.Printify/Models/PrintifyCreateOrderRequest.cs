namespace PodConnect.Printify.Models;

/// <summary>
/// <c>POST /v1/shops/{shop_id}/orders.json</c>. The order lands <c>on-hold</c>; it is produced after
/// <c>send_to_production</c> (or the account's approval settings). Printify documents no idempotency key.
/// </summary>
public sealed class PrintifyCreateOrderRequest
{
    /// <summary>Required: our id for the order.</summary>
    public string ExternalId { get; set; } = string.Empty;

    /// <summary>A label shown in Printify.</summary>
    public string? Label { get; set; }

    /// <summary>The lines (existing product + variant, blueprint + provider + variant with print areas, or SKU).</summary>
    public IReadOnlyList<PrintifyLineItemRequest> LineItems { get; set; } = [];

    /// <summary>1 standard, 2 priority, 3 Printify Express, 4 economy.</summary>
    public int ShippingMethod { get; set; } = 1;

    /// <summary>Whether Printify e-mails the buyer when it ships.</summary>
    public bool SendShippingNotification { get; set; }

    /// <summary>The recipient.</summary>
    public PrintifyAddress? AddressTo { get; set; }
}

/// <summary>A line of a create-order or shipping-cost request.</summary>
public sealed class PrintifyLineItemRequest
{
    /// <summary>An existing product.</summary>
    public string? ProductId { get; set; }

    /// <summary>The catalog blueprint (product created with the order).</summary>
    public long? BlueprintId { get; set; }

    /// <summary>The print provider (product created with the order).</summary>
    public long? PrintProviderId { get; set; }

    /// <summary>The variant.</summary>
    public long? VariantId { get; set; }

    /// <summary>A SKU of an existing product.</summary>
    public string? Sku { get; set; }

    /// <summary>Print area → image URL (product created with the order).</summary>
    public IReadOnlyDictionary<string, string>? PrintAreas { get; set; }

    /// <summary>How many.</summary>
    public int Quantity { get; set; }
}

/// <summary>The answer of a create: the id only.</summary>
public sealed class PrintifyCreatedOrder
{
    /// <summary>Printify's id of the new order.</summary>
    public string? Id { get; set; }
}

/// <summary><c>POST /v1/shops/{shop_id}/orders/shipping.json</c>.</summary>
public sealed class PrintifyShippingRequest
{
    /// <summary>The lines.</summary>
    public IReadOnlyList<PrintifyLineItemRequest> LineItems { get; set; } = [];

    /// <summary>The destination.</summary>
    public PrintifyAddress? AddressTo { get; set; }
}
