using PodConnect.Domain;

namespace PodConnect.Routing;

/// <summary>
/// A provider that cannot make something for a while: everything it makes, one product kind, or one
/// SKU, at all its facilities or one of them. Applies to orders routed at an instant in
/// [<see cref="From"/>, <see cref="Until"/>); an open end means "until further notice".
/// </summary>
/// <param name="Provider">Provider key, e.g. <c>gelato</c>.</param>
/// <param name="FacilityId">One facility, or <c>null</c> for all of the provider's facilities.</param>
/// <param name="Kind">One product kind, or <c>null</c> for every kind (unless <paramref name="Sku"/> narrows it).</param>
/// <param name="Sku">One seller SKU (<see cref="OrderItem.Sku"/>), or <c>null</c>.</param>
/// <param name="From">First instant it applies, or <c>null</c> for already.</param>
/// <param name="Until">First instant it no longer applies (restock expected), or <c>null</c> for until further notice.</param>
/// <param name="Reason">Where it comes from, for people (e.g. "Printful stock webhook, blank out of stock").</param>
public sealed record StockOut(
    string Provider,
    string? FacilityId = null,
    ProductKind? Kind = null,
    string? Sku = null,
    DateTimeOffset? From = null,
    DateTimeOffset? Until = null,
    string? Reason = null)
{
    /// <summary>Whether it applies to an order routed at <paramref name="now"/>.</summary>
    public bool IsActiveAt(DateTimeOffset now) => (From is not { } f || now >= f) && (Until is not { } u || now < u);

    /// <summary>E.g. <c>out of stock: t-shirt at provider gelato until 2026-11-26 00:00 +00:00 (stock webhook)</c>.</summary>
    public override string ToString()
    {
        var what = Sku is not null ? $"SKU {Sku}" : Kind is { } k ? k.Value : "everything";
        var where = FacilityId is not null ? $"facility {FacilityId}" : $"provider {Provider}";
        var until = Until is { } u ? $" until {u:yyyy-MM-dd HH:mm zzz}" : string.Empty;
        var why = Reason is not null ? $" ({Reason})" : string.Empty;
        return $"out of stock: {what} at {where}{until}{why}";
    }
}

/// <summary>
/// A provider or facility that produces nothing during [<see cref="From"/>, <see cref="Until"/>): an
/// outage, a shutdown, a temporary capacity plan. An order whose production would run into it (from
/// routing until predicted dispatch) is not sent there.
/// </summary>
/// <param name="Provider">Provider key.</param>
/// <param name="FacilityId">One facility, or <c>null</c> for all of the provider's facilities.</param>
/// <param name="From">Start of the closure.</param>
/// <param name="Until">End of the closure (exclusive).</param>
/// <param name="Reason">Where it comes from, for people.</param>
public sealed record Closure(string Provider, string? FacilityId, DateTimeOffset From, DateTimeOffset Until, string? Reason = null)
{
    /// <summary>Whether production running from <paramref name="start"/> to <paramref name="end"/> overlaps it.</summary>
    public bool Overlaps(DateTimeOffset start, DateTimeOffset end) => start < Until && end >= From;

    /// <summary>E.g. <c>closed 2026-11-24 08:00 +00:00 – 2026-11-26 00:00 +00:00 at facility gelato-de (outage)</c>.</summary>
    public override string ToString()
    {
        var where = FacilityId is not null ? $"facility {FacilityId}" : $"provider {Provider}";
        var why = Reason is not null ? $" ({Reason})" : string.Empty;
        return $"closed {From:yyyy-MM-dd HH:mm zzz} – {Until:yyyy-MM-dd HH:mm zzz} at {where}{why}";
    }
}
