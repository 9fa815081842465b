using System.Globalization;
using System.Text.Json;
using PodConnect.Domain;
using PodConnect.Sustainability;

namespace PodConnect.Routing;

/// <summary>Turns network JSON into a validated <see cref="FacilityNetwork"/>, naming the facility and field of any fault.</summary>
internal static class NetworkJsonReader
{
    public static FacilityNetwork Read(string json)
    {
        NetworkDocument? doc;
        try
        {
            doc = JsonSerializer.Deserialize(json, NetworkJsonContext.Default.NetworkDocument);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (line {line + 1}, byte {e.BytePositionInLine + 1})" : string.Empty;
            throw new NetworkValidationException(null, e.Path ?? "$", $"not valid network JSON{where}: {FirstSentence(e.Message)}", e);
        }

        if (doc is null)
        {
            throw new NetworkValidationException(null, "$", "the document is empty (null).");
        }

        if (doc.Facilities is null)
        {
            throw new NetworkValidationException(null, "facilities", "is missing.");
        }

        var facilities = new List<Facility>(doc.Facilities.Count);
        for (var i = 0; i < doc.Facilities.Count; i++)
        {
            facilities.Add(ToFacility(doc.Facilities[i], i));
        }

        return new FacilityNetwork(doc.Name ?? "unnamed network", doc.Currency ?? "EUR", facilities);
    }

    private static Facility ToFacility(FacilityDocument? d, int index)
    {
        if (d is null)
        {
            throw new NetworkValidationException($"facilities[{index}]", "$", "is null.");
        }

        var who = string.IsNullOrWhiteSpace(d.Id) ? $"facilities[{index}]" : $"'{d.Id}' (facilities[{index}])";
        if (string.IsNullOrWhiteSpace(d.Id))
        {
            throw new NetworkValidationException(who, "id", "is missing.");
        }

        var country = CountryCode.TryParse(d.Country, out var c)
            ? c
            : throw new NetworkValidationException(who, "country", d.Country is null ? "is missing." : $"'{d.Country}' is not an ISO 3166-1 alpha-2 code such as GB or DE.");
        SubdivisionCode? subdivision = null;
        if (d.Subdivision is not null)
        {
            subdivision = SubdivisionCode.TryParse(d.Subdivision, out var s)
                ? s
                : throw new NetworkValidationException(who, "subdivision", $"'{d.Subdivision}' is not an ISO 3166-2 code such as GB-SCT or ES-CT.");
        }

        var latitude = d.Latitude ?? throw new NetworkValidationException(who, "latitude", "is missing.");
        var longitude = d.Longitude ?? throw new NetworkValidationException(who, "longitude", "is missing.");
        if (latitude is < -90 or > 90)
        {
            throw new NetworkValidationException(who, "latitude", $"must be between -90 and 90, not {latitude.ToString(CultureInfo.InvariantCulture)}.");
        }

        if (longitude is < -180 or > 180)
        {
            throw new NetworkValidationException(who, "longitude", $"must be between -180 and 180, not {longitude.ToString(CultureInfo.InvariantCulture)}.");
        }

        var products = new List<FacilityProduct>();
        if (d.Products is null)
        {
            throw new NetworkValidationException(who, "products", "is missing.");
        }

        for (var j = 0; j < d.Products.Count; j++)
        {
            var p = d.Products[j] ?? throw new NetworkValidationException(who, $"products[{j}]", "is null.");
            ProductKind kind;
            try
            {
                kind = new ProductKind(p.Kind ?? throw new NetworkValidationException(who, $"products[{j}].kind", "is missing."));
            }
            catch (ArgumentException e)
            {
                throw new NetworkValidationException(who, $"products[{j}].kind", e.Message, e);
            }

            products.Add(new FacilityProduct(
                kind,
                p.ProductionDays ?? throw new NetworkValidationException(who, $"products[{j}].productionDays", "is missing."),
                p.UnitCost ?? throw new NetworkValidationException(who, $"products[{j}].unitCost", "is missing."),
                p.DailyCapacity));
        }

        var lanes = new List<ShippingLane>();
        if (d.Lanes is null)
        {
            throw new NetworkValidationException(who, "lanes", "is missing.");
        }

        for (var j = 0; j < d.Lanes.Count; j++)
        {
            var l = d.Lanes[j] ?? throw new NetworkValidationException(who, $"lanes[{j}]", "is null.");
            CountryCode? to;
            if (string.Equals(l.To, EuropeanCountries.RestOfEuropeName, StringComparison.OrdinalIgnoreCase))
            {
                to = null;
            }
            else
            {
                to = CountryCode.TryParse(l.To, out var dest)
                    ? dest
                    : throw new NetworkValidationException(who, $"lanes[{j}].to", l.To is null ? "is missing." : $"'{l.To}' is neither a country code nor '{EuropeanCountries.RestOfEuropeName}'.");
            }

            var mode = TransportMode.Road;
            if (l.Mode is not null && !TryParseMode(l.Mode, out mode))
            {
                throw new NetworkValidationException(who, $"lanes[{j}].mode", $"'{l.Mode}' is not one of road, van, rail, air-short-haul, air-long-haul.");
            }

            lanes.Add(new ShippingLane(
                to,
                l.TransitDays ?? throw new NetworkValidationException(who, $"lanes[{j}].transitDays", "is missing."),
                l.Cost ?? throw new NetworkValidationException(who, $"lanes[{j}].cost", "is missing."),
                l.Carrier,
                mode));
        }

        return new Facility(
            d.Id,
            d.Provider ?? throw new NetworkValidationException(who, "provider", "is missing."),
            country,
            new GeoPoint(latitude, longitude),
            d.TimeZone ?? throw new NetworkValidationException(who, "timeZone", "is missing; use an IANA id such as Europe/London."),
            products,
            lanes,
            d.DailyCapacity ?? throw new NetworkValidationException(who, "dailyCapacity", "is missing."),
            ParseTime(who, "cutOff", d.CutOff),
            ParseTime(who, "collection", d.Collection),
            subdivision,
            d.WorkingDays is null ? null : ParseWeekdays(who, d.WorkingDays),
            ParseDates(who, "closures", d.Closures),
            ParseDates(who, "extraWorkingDays", d.ExtraWorkingDays),
            d.Source);
    }

    private static TimeOnly? ParseTime(string who, string field, string? text)
    {
        if (text is null)
        {
            return null;
        }

        return TimeOnly.TryParseExact(text, ["HH:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? t
            : throw new NetworkValidationException(who, field, $"'{text}' is not a local time like 14:00.");
    }

    private static List<DateOnly>? ParseDates(string who, string field, List<string>? texts)
    {
        if (texts is null)
        {
            return null;
        }

        var result = new List<DateOnly>(texts.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            result.Add(DateOnly.TryParseExact(texts[i], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? day
                : throw new NetworkValidationException(who, $"{field}[{i}]", $"'{texts[i]}' is not a date like 2026-12-24."));
        }

        return result;
    }

    private static List<DayOfWeek> ParseWeekdays(string who, List<string> texts)
    {
        var result = new List<DayOfWeek>(texts.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            var t = texts[i] ?? string.Empty;
            var match = Enum.GetValues<DayOfWeek>().Where(d => t.Length >= 3 && d.ToString().StartsWith(t, StringComparison.OrdinalIgnoreCase)).ToList();
            result.Add(match.Count == 1
                ? match[0]
                : throw new NetworkValidationException(who, $"workingDays[{i}]", $"'{t}' is not a weekday such as Mon or Saturday."));
        }

        return result;
    }

    private static bool TryParseMode(string text, out TransportMode mode)
    {
        var key = text.Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal);
        foreach (var m in Enum.GetValues<TransportMode>())
        {
            if (string.Equals(m.ToString(), key, StringComparison.OrdinalIgnoreCase))
            {
                mode = m;
                return true;
            }
        }

        mode = default;
        return false;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
