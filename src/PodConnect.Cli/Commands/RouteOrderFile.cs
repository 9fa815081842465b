using System.Globalization;
using System.Text.Json;
using PodConnect.Cli.Infrastructure;
using PodConnect.Domain;

namespace PodConnect.Cli.Commands;

/// <summary>
/// Reads the order JSON of <c>podconnect route</c> (schema in docs/routing.md). Every error names the
/// field, e.g. <c>items[1].quantity must be a whole number of 1 or more</c>.
/// </summary>
internal static class RouteOrderFile
{
    public static Order Read(string path)
    {
        var text = File.ReadAllText(path);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not valid JSON (line {e.LineNumber + 1}): {e.Message}", e);
        }

        using (doc)
        {
            try
            {
                return Parse(doc.RootElement);
            }
            catch (ArgumentException e)
            {
                throw new InvalidDataException($"{path}: {e.Message}", e);
            }
        }
    }

    private static Order Parse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException("the order must be a JSON object.");
        }

        var id = String(root, "id") ?? throw Missing("id");
        var createdAt = Instant(root, "createdAt") ?? throw Missing("createdAt");
        var destination = root.TryGetProperty("destination", out var d) && d.ValueKind == JsonValueKind.Object ? d : throw Missing("destination");
        var countryText = String(destination, "country", "destination.") ?? throw Missing("destination.country");
        var country = CountryCode.TryParse(countryText, out var c) ? c : throw new ArgumentException($"destination.country '{countryText}' is not an ISO 3166-1 alpha-2 code such as GB.");
        SubdivisionCode? subdivision = null;
        if (String(destination, "subdivision", "destination.") is { } subText)
        {
            subdivision = SubdivisionCode.TryParse(subText, out var s) ? s : throw new ArgumentException($"destination.subdivision '{subText}' is not an ISO 3166-2 code such as GB-SCT.");
        }

        var address = new Address(country, String(destination, "postalCode", "destination."), String(destination, "city", "destination."), subdivision: subdivision);
        if (!root.TryGetProperty("items", out var itemsElement) || itemsElement.ValueKind != JsonValueKind.Array || itemsElement.GetArrayLength() == 0)
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
            var quantity = 1;
            if (item.TryGetProperty("quantity", out var q) && (q.ValueKind != JsonValueKind.Number || !q.TryGetInt32(out quantity) || quantity < 1))
            {
                throw new ArgumentException($"{prefix}quantity must be a whole number of 1 or more.");
            }

            items.Add(new OrderItem(sku, new ProductKind(kind), quantity));
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

    private static ArgumentException Missing(string field) => new($"{field} is missing.");

    private static string? String(JsonElement element, string name, string prefix = "")
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : value.ValueKind == JsonValueKind.Number ? value.GetRawText() : throw new ArgumentException($"{prefix}{name} must be a string.");
    }

    private static DateTimeOffset? Instant(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var seconds))
        {
            // TikTok sends deadlines as Unix seconds (rts_sla_time).
            return DateTimeOffset.FromUnixTimeSeconds(seconds);
        }

        return value.ValueKind == JsonValueKind.String && Instants.TryParse(value.GetString()!, out var instant)
            ? instant
            : throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{name} must be an ISO 8601 instant with an offset (e.g. 2026-11-24T09:00:00Z) or Unix seconds."));
    }
}
