using System.Text.Json;

namespace PodConnect.Prodigi.Models;

/// <summary>An order as Prodigi returns it (<c>GET /v4.0/Orders/{id}</c>, create, actions and callbacks).</summary>
public sealed class ProdigiOrder
{
    /// <summary>Prodigi's id, <c>ord_…</c>.</summary>
    public string? Id { get; set; }

    /// <summary>When it was created (UTC).</summary>
    public DateTimeOffset? Created { get; set; }

    /// <summary>When it last changed.</summary>
    public DateTimeOffset? LastUpdated { get; set; }

    /// <summary>Where Prodigi sends this order's callbacks.</summary>
    public string? CallbackUrl { get; set; }

    /// <summary>Our reference (the marketplace order id when placed through PodConnect).</summary>
    public string? MerchantReference { get; set; }

    /// <summary>The shipping method.</summary>
    public ProdigiShippingMethod? ShippingMethod { get; set; }

    /// <summary>The idempotency key it was created with.</summary>
    public string? IdempotencyKey { get; set; }

    /// <summary>The stage, the state of each step and the issues.</summary>
    public ProdigiStatus? Status { get; set; }

    /// <summary>What Prodigi charged (positive) or refunded (negative).</summary>
    public IReadOnlyList<ProdigiCharge>? Charges { get; set; }

    /// <summary>The parcels, once allocated to labs.</summary>
    public IReadOnlyList<ProdigiShipment>? Shipments { get; set; }

    /// <summary>The recipient.</summary>
    public ProdigiRecipient? Recipient { get; set; }

    /// <summary>The items.</summary>
    public IReadOnlyList<ProdigiOrderItem>? Items { get; set; }

    /// <summary>Free-form metadata given at creation, verbatim.</summary>
    public JsonElement? Metadata { get; set; }
}

/// <summary>An order's <c>status</c>.</summary>
public sealed class ProdigiStatus
{
    /// <summary><c>InProgress</c>, <c>Complete</c> or <c>Cancelled</c>.</summary>
    public ProdigiStage? Stage { get; set; }

    /// <summary>Problems to fix (failed asset downloads, payment authorisation, unavailable items).</summary>
    public IReadOnlyList<ProdigiIssue>? Issues { get; set; }

    /// <summary>The state of each fulfilment step.</summary>
    public ProdigiStatusDetails? Details { get; set; }
}

/// <summary>The state of each fulfilment step.</summary>
public sealed class ProdigiStatusDetails
{
    /// <summary>Downloading the assets.</summary>
    public ProdigiStepState? DownloadAssets { get; set; }

    /// <summary>Preparing print-ready files.</summary>
    public ProdigiStepState? PrintReadyAssetsPrepared { get; set; }

    /// <summary>Choosing the lab(s).</summary>
    public ProdigiStepState? AllocateProductionLocation { get; set; }

    /// <summary>Printing at the lab(s).</summary>
    public ProdigiStepState? InProduction { get; set; }

    /// <summary>Dispatching.</summary>
    public ProdigiStepState? Shipping { get; set; }
}

/// <summary>One entry of <c>status.issues</c> (or of a quote's <c>issues</c>).</summary>
public sealed class ProdigiIssue
{
    /// <summary>Known codes.</summary>
    public static class Codes
    {
        /// <summary>A download attempt failed (Prodigi retries up to 10 times).</summary>
        public const string AssetNotDownloaded = "order.items.assets.NotDownloaded";

        /// <summary>Every download attempt failed: the item cannot be produced.</summary>
        public const string AssetFailedToDownload = "order.items.assets.FailedToDownloaded";

        /// <summary>The SKU is (usually temporarily) unavailable.</summary>
        public const string ItemUnavailable = "order.items.ItemUnavailable";

        /// <summary>The order waits for the merchant to authorise payment.</summary>
        public const string RequiresPaymentAuthorisation = "RequiresPaymentAuthorisation";
    }

    /// <summary>The order (<c>ord_…</c>) or item (<c>ori_…</c>) concerned.</summary>
    public string? ObjectId { get; set; }

    /// <summary>The code, e.g. <c>order.items.assets.FailedToDownloaded</c>.</summary>
    public string? ErrorCode { get; set; }

    /// <summary>Prodigi's description.</summary>
    public string? Description { get; set; }

    /// <summary>Where and how much to authorise, for <c>RequiresPaymentAuthorisation</c>.</summary>
    public ProdigiAuthorisationDetails? AuthorisationDetails { get; set; }
}

/// <summary>A payment Prodigi waits for.</summary>
public sealed class ProdigiAuthorisationDetails
{
    /// <summary>Where to authorise it.</summary>
    public string? AuthorisationUrl { get; set; }

    /// <summary>How much.</summary>
    public ProdigiCost? PaymentDetails { get; set; }
}

/// <summary>A charge (or refund) on an order.</summary>
public sealed class ProdigiCharge
{
    /// <summary>Its id, <c>chg_…</c>.</summary>
    public string? Id { get; set; }

    /// <summary><c>Item</c>, <c>Shipping</c>, <c>Refund</c> or <c>Other</c>.</summary>
    public string? ChargeType { get; set; }

    /// <summary>The invoice, depending on billing frequency.</summary>
    public string? ProdigiInvoiceNumber { get; set; }

    /// <summary>The total.</summary>
    public ProdigiCost? TotalCost { get; set; }
}

/// <summary>A parcel: its lab, carrier and tracking.</summary>
public sealed class ProdigiShipment
{
    /// <summary>Its id, <c>shp_…</c>.</summary>
    public string? Id { get; set; }

    /// <summary><c>Processing</c>, <c>Shipped</c> or <c>Cancelled</c>.</summary>
    public string? Status { get; set; }

    /// <summary>The carrier and service.</summary>
    public ProdigiCarrier? Carrier { get; set; }

    /// <summary>Tracking, when the service is tracked.</summary>
    public ProdigiTracking? Tracking { get; set; }

    /// <summary>When the lab dispatched it.</summary>
    public DateTimeOffset? DispatchDate { get; set; }

    /// <summary>The lab.</summary>
    public ProdigiFulfillmentLocation? FulfillmentLocation { get; set; }

    /// <summary>The items in it.</summary>
    public IReadOnlyList<ProdigiShipmentItem>? Items { get; set; }
}

/// <summary>An item of a shipment.</summary>
public sealed class ProdigiShipmentItem
{
    /// <summary>The order item's id, <c>ori_…</c>.</summary>
    public string? ItemId { get; set; }
}

/// <summary>A carrier and its service.</summary>
public sealed class ProdigiCarrier
{
    /// <summary>The carrier, e.g. <c>royalmail</c>.</summary>
    public string? Name { get; set; }

    /// <summary>The service, e.g. <c>Standard</c>.</summary>
    public string? Service { get; set; }
}

/// <summary>Tracking of a shipment.</summary>
public sealed class ProdigiTracking
{
    /// <summary>The carrier's tracking number.</summary>
    public string? Number { get; set; }

    /// <summary>A tracking page.</summary>
    public string? Url { get; set; }
}

/// <summary>The lab that produces a shipment.</summary>
public sealed class ProdigiFulfillmentLocation
{
    /// <summary>The lab's country, ISO 3166-1 alpha-2.</summary>
    public string? CountryCode { get; set; }

    /// <summary>The lab, e.g. <c>uk6</c>.</summary>
    public string? LabCode { get; set; }
}

/// <summary>An item of an order.</summary>
public sealed class ProdigiOrderItem
{
    /// <summary>Its id, <c>ori_…</c>.</summary>
    public string? Id { get; set; }

    /// <summary><c>Ok</c>, <c>Invalid</c> or <c>NotYetDownloaded</c>.</summary>
    public string? Status { get; set; }

    /// <summary>Our reference for the line.</summary>
    public string? MerchantReference { get; set; }

    /// <summary>The product.</summary>
    public string? Sku { get; set; }

    /// <summary>The quantity.</summary>
    public int? Copies { get; set; }

    /// <summary><c>fillPrintArea</c>, <c>fitPrintArea</c> or <c>stretchToPrintArea</c>.</summary>
    public string? Sizing { get; set; }

    /// <summary>Product attributes, e.g. <c>color</c>.</summary>
    public IReadOnlyDictionary<string, string>? Attributes { get; set; }

    /// <summary>The print files.</summary>
    public IReadOnlyList<ProdigiAsset>? Assets { get; set; }

    /// <summary>What the buyer paid (for customs).</summary>
    public ProdigiCost? RecipientCost { get; set; }
}

/// <summary>A print file of an item.</summary>
public sealed class ProdigiAsset
{
    /// <summary>Its id, <c>ast_…</c>.</summary>
    public string? Id { get; set; }

    /// <summary>The print area, e.g. <c>default</c>.</summary>
    public string? PrintArea { get; set; }

    /// <summary>A publicly downloadable URL.</summary>
    public string? Url { get; set; }

    /// <summary>An MD5 of the file that the download must match.</summary>
    public string? Md5Hash { get; set; }

    /// <summary>Download state.</summary>
    public string? Status { get; set; }
}
