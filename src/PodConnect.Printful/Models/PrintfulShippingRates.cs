namespace PodConnect.Printful.Models;

/// <summary>The body of v1 <c>POST /shipping/rates</c>.</summary>
public sealed class PrintfulShippingRatesRequest
{
    /// <summary>Where it would go.</summary>
    public required PrintfulRatesRecipient Recipient { get; init; }

    /// <summary>What would be sent.</summary>
    public required IReadOnlyList<PrintfulRatesItem> Items { get; init; }

    /// <summary>Currency of the rates.</summary>
    public string? Currency { get; init; }
}

/// <summary>The recipient of a rate request (v1 <c>AddressInfo</c>, v2 <c>ShippingRatesAddress</c>).</summary>
public sealed class PrintfulRatesRecipient
{
    /// <summary>First street line (required).</summary>
    public required string Address1 { get; init; }

    /// <summary>City (required).</summary>
    public required string City { get; init; }

    /// <summary>Country (required).</summary>
    public required string CountryCode { get; init; }

    /// <summary>State code (US, CA, AU).</summary>
    public string? StateCode { get; init; }

    /// <summary>Postal code.</summary>
    public string? Zip { get; init; }
}

/// <summary>An item of a v1 rate request. The v1 spec types <c>variant_id</c> as a string.</summary>
public sealed class PrintfulRatesItem
{
    /// <summary>Catalog variant id, as text.</summary>
    public string? VariantId { get; init; }

    /// <summary>Store variant external id.</summary>
    public string? ExternalVariantId { get; init; }

    /// <summary>How many.</summary>
    public required int Quantity { get; init; }
}

/// <summary>A v1 shipping rate.</summary>
public sealed class PrintfulShippingRate
{
    /// <summary>The method id to pass as <c>shipping</c>, e.g. <c>STANDARD</c>.</summary>
    public string? Id { get; init; }

    /// <summary>Display name.</summary>
    public string? Name { get; init; }

    /// <summary>The rate (a string on the wire).</summary>
    public decimal? Rate { get; init; }

    /// <summary>Currency.</summary>
    public string? Currency { get; init; }

    /// <summary>Fewest days (may be absent).</summary>
    [System.Text.Json.Serialization.JsonPropertyName("minDeliveryDays")]
    public int? MinDeliveryDays { get; init; }

    /// <summary>Most days (may be absent).</summary>
    [System.Text.Json.Serialization.JsonPropertyName("maxDeliveryDays")]
    public int? MaxDeliveryDays { get; init; }

    /// <summary>Earliest date (the spec says integer; text is accepted too).</summary>
    [System.Text.Json.Serialization.JsonPropertyName("minDeliveryDate")]
    public DateOnly? MinDeliveryDate { get; init; }

    /// <summary>Latest date.</summary>
    [System.Text.Json.Serialization.JsonPropertyName("maxDeliveryDate")]
    public DateOnly? MaxDeliveryDate { get; init; }
}

/// <summary>The body of v2 <c>POST /v2/shipping-rates</c>.</summary>
public sealed class PrintfulV2ShippingRatesRequest
{
    /// <summary>Where it would go.</summary>
    public required PrintfulRatesRecipient Recipient { get; init; }

    /// <summary>What would be sent.</summary>
    public required IReadOnlyList<PrintfulV2RatesItem> OrderItems { get; init; }

    /// <summary>Currency of the rates.</summary>
    public string? Currency { get; init; }
}

/// <summary>A catalog item of a v2 rate request.</summary>
public sealed class PrintfulV2RatesItem
{
    /// <summary>Always <c>catalog</c> here.</summary>
    public string Source { get; init; } = "catalog";

    /// <summary>The catalog variant.</summary>
    public required long CatalogVariantId { get; init; }

    /// <summary>How many (1–1000).</summary>
    public required int Quantity { get; init; }
}

/// <summary>A v2 shipping rate.</summary>
public sealed class PrintfulV2ShippingRate
{
    /// <summary>The method id.</summary>
    public string? Shipping { get; init; }

    /// <summary>Display name.</summary>
    public string? ShippingMethodName { get; init; }

    /// <summary>The rate.</summary>
    public decimal? Rate { get; init; }

    /// <summary>Currency.</summary>
    public string? Currency { get; init; }

    /// <summary>Fewest days (may be absent).</summary>
    public int? MinDeliveryDays { get; init; }

    /// <summary>Most days (may be absent).</summary>
    public int? MaxDeliveryDays { get; init; }

    /// <summary>Earliest date.</summary>
    public DateOnly? MinDeliveryDate { get; init; }

    /// <summary>Latest date.</summary>
    public DateOnly? MaxDeliveryDate { get; init; }

    /// <summary>How it would be split into parcels, with the country each leaves from (newer v2 schema; UNCONFIRMED in the stored spec).</summary>
    public IReadOnlyList<PrintfulV2RateShipment>? Shipments { get; init; }
}

/// <summary>A parcel of a v2 rate.</summary>
public sealed class PrintfulV2RateShipment
{
    /// <summary>The country the parcel leaves from: the nearest thing to a production country Printful tells before ordering.</summary>
    public string? DepartureCountry { get; init; }

    /// <summary>Whether customs fees may apply.</summary>
    public bool? CustomsFeesPossible { get; init; }
}

/// <summary>The result of v1 <c>POST /orders/estimate-costs</c>.</summary>
public sealed class PrintfulCostEstimate
{
    /// <summary>What Printful would charge (numbers on the wire here).</summary>
    public PrintfulCosts? Costs { get; init; }
}
