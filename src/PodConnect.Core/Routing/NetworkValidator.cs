using System.Globalization;

namespace PodConnect.Routing;

/// <summary>The rules every facility network obeys, whether it came from JSON or from code.</summary>
internal static class NetworkValidator
{
    public const int MaxProductionDays = 30;
    public const int MaxTransitDays = 30;
    public const int MaxDailyCapacity = 10_000_000;

    /// <summary>Product kinds are kept in a 64-bit mask per facility.</summary>
    public const int MaxProductKinds = 64;

    public static void Validate(string currency, IReadOnlyList<Facility> facilities)
    {
        if (currency is not { Length: 3 } || !currency.All(char.IsAsciiLetterUpper))
        {
            throw new NetworkValidationException(null, "currency", $"must be an upper-case ISO 4217 code such as EUR or GBP, not '{currency}'.");
        }

        if (facilities.Count == 0)
        {
            throw new NetworkValidationException(null, "facilities", "the network has no facilities.");
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var kinds = new HashSet<Domain.ProductKind>();
        for (var i = 0; i < facilities.Count; i++)
        {
            var f = facilities[i];
            var who = Who(f, i);
            if (f is null)
            {
                throw new NetworkValidationException($"facilities[{i}]", "$", "is null.");
            }

            if (string.IsNullOrWhiteSpace(f.Id))
            {
                throw new NetworkValidationException(who, "id", "is missing.");
            }

            if (!seen.TryAdd(f.Id, i))
            {
                throw new NetworkValidationException(who, "id", $"'{f.Id}' is already used by facilities[{seen[f.Id]}]; ids must be unique.");
            }

            if (string.IsNullOrWhiteSpace(f.Provider) || !f.Provider.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
            {
                throw new NetworkValidationException(who, "provider", $"must be a lower-case key such as 'gelato', not '{f.Provider}'.");
            }

            if (f.Country.IsDefault)
            {
                throw new NetworkValidationException(who, "country", "is missing.");
            }

            if (f.Subdivision is { } sub && sub.Country != f.Country)
            {
                throw new NetworkValidationException(who, "subdivision", $"'{sub}' is not in {f.Country}.");
            }

            CheckTimeZone(who, f.TimeZone);
            if (f.DailyCapacity is < 1 or > MaxDailyCapacity)
            {
                throw new NetworkValidationException(who, "dailyCapacity", $"must be between 1 and {MaxDailyCapacity.ToString("N0", CultureInfo.InvariantCulture)} units, not {f.DailyCapacity}.");
            }

            if (f.WorkingDays.Count == 0 || f.WorkingDays.Distinct().Count() != f.WorkingDays.Count)
            {
                throw new NetworkValidationException(who, "workingDays", "must list at least one weekday, each once.");
            }

            CheckProducts(who, f, kinds);
            CheckLanes(who, f);
        }

        if (kinds.Count > MaxProductKinds)
        {
            throw new NetworkValidationException(null, "facilities[*].products[*].kind", $"the network uses {kinds.Count} product kinds; at most {MaxProductKinds} are supported.");
        }
    }

    /// <summary>How a facility is named in an error: its id, or its position if it has none.</summary>
    public static string Who(Facility? f, int index) =>
        f is not null && !string.IsNullOrWhiteSpace(f.Id) ? $"'{f.Id}' (facilities[{index}])" : $"facilities[{index}]";

    public static void CheckTimeZone(string who, string timeZone)
    {
        if (string.IsNullOrWhiteSpace(timeZone))
        {
            throw new NetworkValidationException(who, "timeZone", "is missing; use an IANA id such as Europe/London.");
        }

        if (!Calendars.TimeZones.TryFind(timeZone, out _))
        {
            throw new NetworkValidationException(who, "timeZone", $"'{timeZone}' is not a time zone known on this machine; use an IANA id such as Europe/London.");
        }
    }

    private static void CheckProducts(string who, Facility f, HashSet<Domain.ProductKind> kinds)
    {
        if (f.Products.Count == 0)
        {
            throw new NetworkValidationException(who, "products", "the facility makes nothing; list at least one product.");
        }

        var own = new HashSet<Domain.ProductKind>();
        for (var j = 0; j < f.Products.Count; j++)
        {
            var p = f.Products[j];
            if (p is null || p.Kind == default)
            {
                throw new NetworkValidationException(who, $"products[{j}].kind", "is missing.");
            }

            if (!own.Add(p.Kind))
            {
                throw new NetworkValidationException(who, $"products[{j}].kind", $"'{p.Kind}' is listed twice.");
            }

            kinds.Add(p.Kind);
            if (p.ProductionDays is < 1 or > MaxProductionDays)
            {
                throw new NetworkValidationException(who, $"products[{j}].productionDays", $"must be between 1 and {MaxProductionDays} working days (1 = dispatched on the start day), not {p.ProductionDays}.");
            }

            if (p.UnitCost < 0 || p.UnitCost > 100_000)
            {
                throw new NetworkValidationException(who, $"products[{j}].unitCost", $"must be between 0 and 100000, not {p.UnitCost.ToString(CultureInfo.InvariantCulture)}.");
            }

            if (p.DailyCapacity is < 1 or > MaxDailyCapacity)
            {
                throw new NetworkValidationException(who, $"products[{j}].dailyCapacity", $"must be between 1 and {MaxDailyCapacity.ToString("N0", CultureInfo.InvariantCulture)} units when given, not {p.DailyCapacity}.");
            }
        }
    }

    private static void CheckLanes(string who, Facility f)
    {
        if (f.Lanes.Count == 0)
        {
            throw new NetworkValidationException(who, "lanes", "the facility ships nowhere; list at least one lane.");
        }

        var destinations = new HashSet<string>(StringComparer.Ordinal);
        for (var j = 0; j < f.Lanes.Count; j++)
        {
            var lane = f.Lanes[j];
            if (lane is null)
            {
                throw new NetworkValidationException(who, $"lanes[{j}]", "is null.");
            }

            if (!destinations.Add(lane.DestinationName))
            {
                throw new NetworkValidationException(who, $"lanes[{j}].to", $"'{lane.DestinationName}' has two lanes.");
            }

            if (lane.TransitDays is < 0 or > MaxTransitDays)
            {
                throw new NetworkValidationException(who, $"lanes[{j}].transitDays", $"must be between 0 and {MaxTransitDays} working days, not {lane.TransitDays}.");
            }

            if (lane.Cost < 0 || lane.Cost > 100_000)
            {
                throw new NetworkValidationException(who, $"lanes[{j}].cost", $"must be between 0 and 100000, not {lane.Cost.ToString(CultureInfo.InvariantCulture)}.");
            }

            if (!Enum.IsDefined(lane.Mode))
            {
                throw new NetworkValidationException(who, $"lanes[{j}].mode", $"'{lane.Mode}' is not a transport mode.");
            }
        }
    }
}
