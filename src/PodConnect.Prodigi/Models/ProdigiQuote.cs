namespace PodConnect.Prodigi.Models;

/// <summary>The answer of <c>POST /v4.0/quotes</c>.</summary>
public sealed class ProdigiQuoteResponse
{
    /// <summary><c>Created</c> or <c>CreatedWithIssues</c>.</summary>
    public ProdigiOutcome? Outcome { get; set; }

    /// <summary>Warnings such as <c>destinationCountryCode.UsSalesTaxWarning</c>.</summary>
    public IReadOnlyList<ProdigiIssue>? Issues { get; set; }

    /// <summary>One quote per shipping method.</summary>
    public IReadOnlyList<ProdigiQuote>? Quotes { get; set; }

    /// <summary>The request id to quote to Prodigi's support.</summary>
    public string? TraceParent { get; set; }
}

/// <summary>A quote for one shipping method.</summary>
public sealed class ProdigiQuote
{
    /// <summary>The shipping method.</summary>
    public ProdigiShippingMethod? ShipmentMethod { get; set; }

    /// <summary>Items and shipping totals.</summary>
    public ProdigiCostSummary? CostSummary { get; set; }

    /// <summary>The parcels: carrier, lab (fulfilment location) and cost of each.</summary>
    public IReadOnlyList<ProdigiQuoteShipment>? Shipments { get; set; }

    /// <summary>The items with their unit costs.</summary>
    public IReadOnlyList<ProdigiQuoteItem>? Items { get; set; }
}

/// <summary>The totals of a quote.</summary>
public sealed class ProdigiCostSummary
{
    /// <summary>The products.</summary>
    public ProdigiCost? Items { get; set; }

    /// <summary>The shipping.</summary>
    public ProdigiCost? Shipping { get; set; }

    /// <summary>Everything (seen in SDKs; UNCONFIRMED in the reference).</summary>
    public ProdigiCost? TotalCost { get; set; }

    /// <summary>The tax (seen in SDKs; UNCONFIRMED in the reference).</summary>
    public ProdigiCost? TotalTax { get; set; }
}

/// <summary>A parcel of a quote.</summary>
public sealed class ProdigiQuoteShipment
{
    /// <summary>The carrier and service.</summary>
    public ProdigiCarrier? Carrier { get; set; }

    /// <summary>The lab that would produce it.</summary>
    public ProdigiFulfillmentLocation? FulfillmentLocation { get; set; }

    /// <summary>Its shipping cost.</summary>
    public ProdigiCost? Cost { get; set; }

    /// <summary>The quote item ids in it.</summary>
    public IReadOnlyList<string>? Items { get; set; }
}

/// <summary>An item of a quote.</summary>
public sealed class ProdigiQuoteItem
{
    /// <summary>Its id in the quote, <c>qit_…</c>.</summary>
    public string? Id { get; set; }

    /// <summary>The product.</summary>
    public string? Sku { get; set; }

    /// <summary>The quantity.</summary>
    public int? Copies { get; set; }

    /// <summary>The price of one.</summary>
    public ProdigiCost? UnitCost { get; set; }
}
