namespace PodConnect.Prodigi.Models;

/// <summary><c>{outcome, order, traceParent}</c>: create, get and cancel.</summary>
internal sealed class ProdigiOrderEnvelope
{
    public ProdigiOutcome? Outcome { get; set; }

    public ProdigiOrder? Order { get; set; }

    public IReadOnlyList<ProdigiShipmentUpdate>? ShipmentUpdateResults { get; set; }

    public string? TraceParent { get; set; }
}

/// <summary><c>{outcome, orders, hasMore, nextUrl, traceParent}</c>: the order list.</summary>
internal sealed class ProdigiOrdersEnvelope
{
    public ProdigiOutcome? Outcome { get; set; }

    public IReadOnlyList<ProdigiOrder>? Orders { get; set; }

    public bool HasMore { get; set; }

    public string? NextUrl { get; set; }

    public string? TraceParent { get; set; }
}

/// <summary><c>{outcome, cancel, changeRecipientDetails, …, traceParent}</c>: the actions.</summary>
internal sealed class ProdigiActionsEnvelope
{
    public ProdigiOutcome? Outcome { get; set; }

    public ProdigiAction? Cancel { get; set; }

    public ProdigiAction? ChangeRecipientDetails { get; set; }

    public ProdigiAction? ChangeShippingMethod { get; set; }

    public ProdigiAction? ChangeMetaData { get; set; }

    public string? TraceParent { get; set; }
}

/// <summary>The body of <c>updateShippingMethod</c>.</summary>
internal sealed class ProdigiShippingMethodUpdate
{
    public ProdigiShippingMethod ShippingMethod { get; set; }
}
