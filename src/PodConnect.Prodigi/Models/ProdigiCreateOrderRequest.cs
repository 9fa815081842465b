using System.Text.Json;

namespace PodConnect.Prodigi.Models;

/// <summary>
/// <c>POST /v4.0/Orders</c>. Prodigi starts fulfilling at once (after the account's pause window, if
/// one is configured); there are no drafts. Set <see cref="IdempotencyKey"/>: without it two identical
/// submissions make two printed and billed orders.
/// </summary>
public sealed class ProdigiCreateOrderRequest
{
    /// <summary>Our reference (not unique at Prodigi: reprints may reuse it).</summary>
    public string? MerchantReference { get; set; }

    /// <summary>Required: Budget, Standard, Express or Overnight.</summary>
    public ProdigiShippingMethod ShippingMethod { get; set; } = ProdigiShippingMethod.Standard;

    /// <summary>A key unique to this order; a repeat answers <c>AlreadyExists</c> with the first order. Kept by Prodigi indefinitely.</summary>
    public string? IdempotencyKey { get; set; }

    /// <summary>Where Prodigi sends this order's callbacks.</summary>
    public string? CallbackUrl { get; set; }

    /// <summary>Required: name and address.</summary>
    public ProdigiRecipient? Recipient { get; set; }

    /// <summary>Required: the items (SKU, copies, sizing, assets).</summary>
    public IReadOnlyList<ProdigiOrderItem> Items { get; set; } = [];

    /// <summary>Free-form metadata, up to 2000 characters.</summary>
    public JsonElement? Metadata { get; set; }
}

/// <summary><c>POST /v4.0/quotes</c>: prices and the lab of each shipment, without ordering.</summary>
public sealed class ProdigiQuoteRequest
{
    /// <summary>One method, or <see langword="null"/> for a quote per method.</summary>
    public ProdigiShippingMethod? ShippingMethod { get; set; }

    /// <summary>Required: the destination country.</summary>
    public string DestinationCountryCode { get; set; } = string.Empty;

    /// <summary>The currency; the account's when <see langword="null"/>.</summary>
    public string? CurrencyCode { get; set; }

    /// <summary>Required: SKU, copies, attributes and the print areas (<c>assets[].printArea</c>) of each item.</summary>
    public IReadOnlyList<ProdigiOrderItem> Items { get; set; } = [];
}
