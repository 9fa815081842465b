using System.Text.Json;
using PodConnect.Cli.Infrastructure;
using PodConnect.Domain;
using static PodConnect.Cli.Infrastructure.JsonFields;

namespace PodConnect.Cli.Commands;

/// <summary>
/// Reads the order JSON of <c>podconnect route</c> (schema in docs/routing.md). Every error names the
/// field, e.g. <c>items[1].quantity must be a whole number of 1 or more</c>.
/// </summary>
internal static class RouteOrderFile
{
    public static Order Read(string path) => Parse(path, File.ReadAllText(path));

    /// <summary>Reads order JSON; <paramref name="source"/> names it in errors.</summary>
    public static Order Parse(string source, string json) => JsonFields.Read(source, json, Parse);

    private static Order Parse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException("the order must be a JSON object.");
        }

        var id = String(root, "id") ?? throw Missing("id");
        var createdAt = Instant(root, "createdAt") ?? throw Missing("createdAt");
        var destination = Object(root, "destination") ?? throw Missing("destination");
        var countryText = String(destination, "country", "destination.") ?? throw Missing("destination.country");
        var country = CountryCode.TryParse(countryText, out var c) ? c : throw new ArgumentException($"destination.country '{countryText}' is not an ISO 3166-1 alpha-2 code such as GB.");
        SubdivisionCode? subdivision = null;
        if (String(destination, "subdivision", "destination.") is { } subText)
        {
            subdivision = SubdivisionCode.TryParse(subText, out var s) ? s : throw new ArgumentException($"destination.subdivision '{subText}' is not an ISO 3166-2 code such as GB-SCT.");
        }

        var address = new Address(country, String(destination, "postalCode", "destination."), String(destination, "city", "destination."), subdivision: subdivision);
        if (Array(root, "items") is not { } itemsElement || itemsElement.GetArrayLength() == 0)
        {
            throw new ArgumentException("items must be a non-empty array of { sku, kind, quantity }.");
        }

        var items = new List<OrderItem>();
        var index = 0;
        foreach (var item in itemsElement.EnumerateArray())
        {
            var prefix = $"items[{index}].";
            var sku = String(item, "sku", prefix) ?? throw Missing(prefix + "sku");
            var kind = String(item, "kind", prefix) ?? throw Missing(prefix + "kind");
            if (item.TryGetProperty("quantity", out var q) && (q.ValueKind != JsonValueKind.Number || !q.TryGetInt32(out var n) || n < 1))
            {
                throw new ArgumentException($"{prefix}quantity must be a whole number of 1 or more.");
            }

            items.Add(new OrderItem(sku, new ProductKind(kind), Int(item, "quantity", prefix, 1, int.MaxValue) ?? 1));
            index++;
        }

        CountryCode? market = null;
        if (String(root, "market") is { } marketText)
        {
            market = CountryCode.TryParse(marketText, out var m) ? m : throw new ArgumentException($"market '{marketText}' is not a country code.");
        }

        var readyToShipBy = Instant(root, "readyToShipBy");
        return new Order(id, createdAt, address, items, readyToShipBy is null ? null : new OrderDeadlines(ReadyToShipBy: readyToShipBy), market);
    }
}
