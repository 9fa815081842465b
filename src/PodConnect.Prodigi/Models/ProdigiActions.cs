using System.Text.Json.Serialization;
using PodConnect.Prodigi.Serialization;

namespace PodConnect.Prodigi.Models;

/// <summary>Which changes Prodigi allows on an order now (<c>GET /v4.0/Orders/{id}/actions</c>).</summary>
public sealed class ProdigiActions
{
    /// <summary>Whether it can be cancelled.</summary>
    public ProdigiAction? Cancel { get; set; }

    /// <summary>Whether the recipient can be changed.</summary>
    public ProdigiAction? ChangeRecipientDetails { get; set; }

    /// <summary>Whether the shipping method can be changed.</summary>
    public ProdigiAction? ChangeShippingMethod { get; set; }

    /// <summary>Whether the metadata can be changed.</summary>
    public ProdigiAction? ChangeMetaData { get; set; }
}

/// <summary>One action's availability.</summary>
public sealed class ProdigiAction
{
    /// <summary>Whether the action is available (the reference sends <c>"Yes"</c>/<c>"No"</c>; SDKs show booleans; both are read).</summary>
    [JsonConverter(typeof(YesNoJsonConverter))]
    public bool IsAvailable { get; set; }
}

/// <summary>The result of an update action (shipping method, recipient).</summary>
public sealed class ProdigiUpdateResult
{
    /// <summary><c>Updated</c>, <c>PartiallyUpdated</c>, <c>FailedToUpdate</c> or <c>ActionNotAvailable</c>.</summary>
    public ProdigiOutcome Outcome { get; set; }

    /// <summary>The order afterwards.</summary>
    public ProdigiOrder? Order { get; set; }

    /// <summary>Per shipment, whether the update applied.</summary>
    public IReadOnlyList<ProdigiShipmentUpdate>? ShipmentUpdateResults { get; set; }
}

/// <summary>Whether an update applied to one shipment.</summary>
public sealed class ProdigiShipmentUpdate
{
    /// <summary>The shipment.</summary>
    public string? ShipmentId { get; set; }

    /// <summary>Whether it applied.</summary>
    public bool? Successful { get; set; }

    /// <summary>Why not, e.g. <c>order.shipments.notAvailable</c>.</summary>
    public string? ErrorCode { get; set; }

    /// <summary>Prodigi's description.</summary>
    public string? Description { get; set; }
}
