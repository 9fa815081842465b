using System.Text.Json.Serialization;
using PodConnect.Http.Json;
using PodConnect.TikTokShop.Internal;

namespace PodConnect.TikTokShop.Orders;

/// <summary>
/// The kind of outside system an external order lives in (TikTok's <c>platform</c>). Open set. A POD
/// provider's order is best filed under <see cref="OrderManagementSystem"/>; TikTok keeps one
/// reference per order and platform.
/// </summary>
/// <param name="Value">The value on the wire, e.g. <c>ORDER_MANAGEMENT_SYSTEM</c>.</param>
[JsonConverter(typeof(StringValueJsonConverter<TikTokExternalPlatform>))]
public readonly record struct TikTokExternalPlatform(string Value) : IStringValue<TikTokExternalPlatform>
{
    /// <summary>An order management system (the choice for a POD provider's order).</summary>
    public static TikTokExternalPlatform OrderManagementSystem { get; } = new("ORDER_MANAGEMENT_SYSTEM");

    /// <summary>A warehouse management system.</summary>
    public static TikTokExternalPlatform WarehouseManagementSystem { get; } = new("WAREHOUSE_MANAGEMENT_SYSTEM");

    /// <summary>An ERP system.</summary>
    public static TikTokExternalPlatform ErpSystem { get; } = new("ERP_SYSTEM");

    /// <summary>Shopify.</summary>
    public static TikTokExternalPlatform Shopify { get; } = new("SHOPIFY");

    /// <inheritdoc />
    public static TikTokExternalPlatform FromValue(string value) => new(value);

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}

/// <summary>An order in an outside system, as attached to a TikTok order.</summary>
/// <param name="Id">The order id in the outside system (e.g. the POD provider's order id).</param>
/// <param name="Platform">The kind of outside system.</param>
/// <param name="LineItems">Its line items, each tied to a TikTok line item (TikTok requires at least one, at most 100).</param>
public sealed record TikTokExternalOrder(string Id, TikTokExternalPlatform Platform, IReadOnlyList<TikTokExternalLineItem> LineItems);

/// <summary>A line item of an external order.</summary>
/// <param name="Id">The line item id in the outside system (when it has none, the TikTok line item id is a sound choice).</param>
/// <param name="TikTokLineItemId">The TikTok line item it fulfils (TikTok's <c>origin_id</c>).</param>
public sealed record TikTokExternalLineItem(string Id, string TikTokLineItemId);

/// <summary>A TikTok order and the external order attached to it.</summary>
/// <param name="OrderId">The TikTok order id.</param>
/// <param name="ExternalOrder">The external order.</param>
public sealed record TikTokExternalOrderLink(string OrderId, TikTokExternalOrder ExternalOrder)
{
    /// <summary>
    /// Links every line item of <paramref name="order"/> to the external order <paramref name="externalOrderId"/>,
    /// each external line item named after its TikTok line item (for outside systems, such as POD
    /// providers, whose line ids are not known or not needed).
    /// </summary>
    public static TikTokExternalOrderLink ForWholeOrder(TikTokOrder order, string externalOrderId, TikTokExternalPlatform platform)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentException.ThrowIfNullOrEmpty(externalOrderId);
        var items = order.LineItems.OfType<TikTokLineItem>().Select(i => new TikTokExternalLineItem(i.Id, i.Id)).ToList();
        return new TikTokExternalOrderLink(order.Id, new TikTokExternalOrder(externalOrderId, platform, items));
    }

    internal void Validate(string parameter)
    {
        if (string.IsNullOrEmpty(OrderId) || ExternalOrder is null || string.IsNullOrEmpty(ExternalOrder.Id) || string.IsNullOrEmpty(ExternalOrder.Platform.Value))
        {
            throw new ArgumentException("Each link needs the TikTok order id, the external order id and its platform.", parameter);
        }

        if (ExternalOrder.LineItems is not { Count: > 0 and <= TikTokOrdersClient.MaxExternalOrdersPerCall }
            || ExternalOrder.LineItems.Any(i => i is null || string.IsNullOrEmpty(i.Id) || string.IsNullOrEmpty(i.TikTokLineItemId)))
        {
            throw new ArgumentException($"External order {ExternalOrder.Id} needs 1 to 100 line items, each with its id and TikTok line item id (TikTok requires them).", parameter);
        }
    }
}

/// <summary>The outcome of attaching external orders: TikTok answers <c>code 0</c> and lists the orders it refused.</summary>
/// <param name="Errors">One entry per refused order; empty when all were attached.</param>
public sealed record TikTokExternalOrderResult(IReadOnlyList<TikTokExternalOrderError> Errors)
{
    /// <summary>Whether every reference was attached.</summary>
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>Why TikTok refused one external order reference.</summary>
/// <param name="OrderId">The TikTok order.</param>
/// <param name="Code">TikTok's error code (sent as a string here), e.g. <c>36020001</c>.</param>
/// <param name="Message">TikTok's message, e.g. "Invalid order_id".</param>
/// <param name="ExternalOrderId">The external order id.</param>
/// <param name="Platform">Its platform.</param>
public sealed record TikTokExternalOrderError(string? OrderId, string? Code, string? Message, string? ExternalOrderId, TikTokExternalPlatform? Platform);

internal sealed class AddExternalOrdersBody
{
    public IReadOnlyList<ExternalOrderBody>? Orders { get; init; }
}

internal sealed class ExternalOrderBody
{
    public string? Id { get; init; }

    public ExternalOrderData? ExternalOrder { get; init; }

    public static ExternalOrderBody From(TikTokExternalOrderLink link) => new()
    {
        Id = link.OrderId,
        ExternalOrder = new ExternalOrderData
        {
            Id = link.ExternalOrder.Id,
            Platform = link.ExternalOrder.Platform,
            LineItems = link.ExternalOrder.LineItems.Select(i => new ExternalLineItemData { Id = i.Id, OriginId = i.TikTokLineItemId }).ToList(),
        },
    };
}

internal sealed class ExternalOrderData
{
    [JsonConverter(typeof(IdTextJsonConverter))]
    public string? Id { get; init; }

    public TikTokExternalPlatform? Platform { get; init; }

    public IReadOnlyList<ExternalLineItemData>? LineItems { get; init; }

    public TikTokExternalOrder ToModel() => new(
        Id ?? string.Empty,
        Platform ?? default,
        (LineItems ?? []).OfType<ExternalLineItemData>().Select(i => new TikTokExternalLineItem(i.Id ?? string.Empty, i.OriginId ?? string.Empty)).ToList());
}

internal sealed class ExternalLineItemData
{
    [JsonConverter(typeof(IdTextJsonConverter))]
    public string? Id { get; init; }

    [JsonConverter(typeof(IdTextJsonConverter))]
    public string? OriginId { get; init; }
}

internal sealed class AddExternalOrdersData
{
    public IReadOnlyList<ExternalOrderErrorData>? Errors { get; init; }
}

internal sealed class ExternalOrderErrorData
{
    // Documented as a string here ("36020001"), a number elsewhere: take both.
    [JsonConverter(typeof(IdTextJsonConverter))]
    public string? Code { get; init; }

    public string? Message { get; init; }

    public ExternalOrderErrorDetail? Detail { get; init; }
}

internal sealed class ExternalOrderErrorDetail
{
    [JsonConverter(typeof(IdTextJsonConverter))]
    public string? OrderId { get; init; }

    public ExternalOrderData? ExternalOrder { get; init; }
}

internal sealed class ExternalOrdersData
{
    public IReadOnlyList<ExternalOrderData>? ExternalOrders { get; init; }
}

internal sealed class ExternalOrderSearchData
{
    public IReadOnlyList<ExternalOrderSearchItem>? Orders { get; init; }
}

internal sealed class ExternalOrderSearchItem
{
    [JsonConverter(typeof(IdTextJsonConverter))]
    public string? Id { get; init; }

    public ExternalOrderData? ExternalOrder { get; init; }
}
