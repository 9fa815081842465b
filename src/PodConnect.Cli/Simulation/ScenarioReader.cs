using System.Globalization;
using System.Text.Json;
using PodConnect.Domain;
using PodConnect.Routing;
using PodConnect.Sla;
using static PodConnect.Cli.Infrastructure.JsonFields;

namespace PodConnect.Cli.Simulation;

/// <summary>
/// Reads a scenario file (format in docs/cli.md). Every error names the field, e.g.
/// <c>policies[1].prefer[0] 'fastest' is not one of local, cost, co2e, speed, delivery</c>.
/// </summary>
internal static class ScenarioReader
{
    /// <summary>The <c>network</c> value that names the built-in European network.</summary>
    public const string BuiltInNetwork = "builtin:europe";

    public const int MaxHorizonDays = 42;
    public const int MaxHoldDays = 14;
    public const double MaxExpectedOrders = 2_000_000;

    /// <summary>Reads a scenario file; a relative <c>network</c> path is resolved beside it.</summary>
    public static Scenario ReadFile(string path) =>
        Infrastructure.JsonFields.Read(path, File.ReadAllText(path), root => Parse(root, Path.GetDirectoryName(Path.GetFullPath(path))!));

    /// <summary>Reads scenario JSON; <paramref name="source"/> names it in errors, <paramref name="folder"/> resolves a relative network path.</summary>
    public static Scenario Read(string source, string json, string folder) =>
        Infrastructure.JsonFields.Read(source, json, root => Parse(root, folder));

    private static Scenario Parse(JsonElement root, string folder)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException("the scenario must be a JSON object.");
        }

        var name = String(root, "name") ?? throw Missing("name");
        var (label, network) = ReadNetwork(root, folder);
        var start = Instant(root, "start") ?? throw Missing("start");
        var horizon = Int(root, "horizonDays", string.Empty, 1, MaxHorizonDays) ?? throw Missing("horizonDays");
        var demand = ReadDemand(root, network);
        var spike = ReadSpike(root, demand);
        var expected = demand.Sum(d => d.OrdersPerDay) * horizon * (spike is null ? 1 : spike.PeakMultiplier);
        if (expected > MaxExpectedOrders)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"demand could reach {expected:N0} orders over the horizon; the simulator takes up to {MaxExpectedOrders:N0}. Lower demand[].ordersPerDay, horizonDays or spike.peakMultiplier."));
        }

        var noise = LeadTimeNoise.None;
        if (Object(root, "leadTime") is { } lead)
        {
            noise = new LeadTimeNoise(
                Number(lead, "slipProbability", "leadTime.", 0, 1) ?? 0,
                Int(lead, "maxSlipDays", "leadTime.", 0, 10) ?? 1);
        }

        return new Scenario(
            name,
            String(root, "description"),
            label,
            network,
            start,
            horizon,
            Int(root, "seed", string.Empty, 0, int.MaxValue) ?? 1,
            demand,
            spike,
            noise,
            ReadPolicies(root, network),
            Number(root, "threshold", string.Empty, 0, 0.999) ?? Dispatch.DispatchLedger.DefaultThreshold,
            Int(root, "maxHoldDays", string.Empty, 0, MaxHoldDays) ?? 10);
    }

    private static (string Label, FacilityNetwork Network) ReadNetwork(JsonElement root, string folder)
    {
        var text = String(root, "network") ?? BuiltInNetwork;
        FacilityNetwork network;
        if (string.Equals(text, BuiltInNetwork, StringComparison.Ordinal))
        {
            network = FacilityNetwork.BuiltInEurope;
        }
        else
        {
            var path = Path.Combine(folder, text);
            if (!File.Exists(path))
            {
                throw new ArgumentException($"network '{text}' is neither '{BuiltInNetwork}' nor a file (looked for {path}).");
            }

            try
            {
                network = FacilityNetwork.Load(path);
            }
            catch (Exception e) when (e is NetworkValidationException or IOException or UnauthorizedAccessException)
            {
                throw new ArgumentException($"network '{text}': {e.Message}", e);
            }
        }

        if (Object(root, "capacity") is not { } capacity)
        {
            return (text, network);
        }

        var scale = Number(capacity, "scale", "capacity.", 0.0001, 1000) ?? 1;
        var overrides = new Dictionary<string, int>(StringComparer.Ordinal);
        if (Object(capacity, "facilities", "capacity.") is { } perFacility)
        {
            foreach (var id in perFacility.EnumerateObject().Select(p => p.Name))
            {
                if (!network.Facilities.Any(f => string.Equals(f.Id, id, StringComparison.Ordinal)))
                {
                    throw new ArgumentException($"capacity.facilities.{id}: no facility has that id; known: {string.Join(", ", network.Facilities.Select(f => f.Id))}.");
                }

                overrides[id] = Int(perFacility, id, "capacity.facilities.", 1, 10_000_000) ?? throw Invalid($"capacity.facilities.{id}", "a whole number of units per day");
            }
        }

        var facilities = network.Facilities.Select(f => WithCapacity(f, overrides.TryGetValue(f.Id, out var units) ? units : (int)Math.Max(1, Math.Round(f.DailyCapacity * scale))));
        return (text, new FacilityNetwork(network.Name, network.Currency, facilities));
    }

    private static List<DemandStream> ReadDemand(JsonElement root, FacilityNetwork network)
    {
        if (Array(root, "demand") is not { } array || array.GetArrayLength() == 0)
        {
            throw new ArgumentException("demand must be a non-empty array of { destination, kind, ordersPerDay }.");
        }

        var markets = DispatchSla.Default.Markets.ToHashSet();
        var streams = new List<DemandStream>();
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var prefix = $"demand[{i++}].";
            var destination = Country(item, "destination", prefix);
            if (!markets.Contains(destination))
            {
                throw new ArgumentException($"{prefix}destination '{destination}' has no dispatch deadline rule; use one of {string.Join(", ", DispatchSla.Default.Markets)}.");
            }

            var kind = new ProductKind(String(item, "kind", prefix) ?? throw Missing(prefix + "kind"));
            if (!network.Facilities.Any(f => f.FindProduct(kind) is not null && f.FindLane(destination) is not null))
            {
                throw new ArgumentException($"{prefix}kind '{kind}': no facility of network '{network.Name}' makes it and ships to {destination}.");
            }

            streams.Add(new DemandStream(destination, kind, Number(item, "ordersPerDay", prefix, 0, 1_000_000) ?? throw Missing(prefix + "ordersPerDay")));
        }

        return streams;
    }

    private static Spike? ReadSpike(JsonElement root, List<DemandStream> demand)
    {
        if (Object(root, "spike") is not { } spike)
        {
            return null;
        }

        HashSet<CountryCode>? destinations = null;
        if (Array(spike, "destinations", "spike.") is { } list)
        {
            destinations = [];
            var i = 0;
            foreach (var item in list.EnumerateArray())
            {
                var field = $"spike.destinations[{i++}]";
                var code = CountryCode.TryParse(StringValue(item, field), out var c) ? c : throw Invalid(field, "a country code such as DE");
                if (!demand.Any(d => d.Destination == code))
                {
                    throw new ArgumentException($"{field} '{code}' has no demand; add it to demand[] or remove it here.");
                }

                destinations.Add(code);
            }
        }

        return new Spike(
            Instant(spike, "start", "spike.") ?? throw Missing("spike.start"),
            Number(spike, "peakMultiplier", "spike.", 1, 1000) ?? throw Missing("spike.peakMultiplier"),
            Number(spike, "rampHours", "spike.", 0.01, 240) ?? 2,
            Number(spike, "halfLifeHours", "spike.", 0.1, 1000) ?? 24,
            destinations);
    }

    private static List<PolicySpec> ReadPolicies(JsonElement root, FacilityNetwork network)
    {
        var policies = new List<PolicySpec>();
        if (Array(root, "policies") is { } array)
        {
            var i = 0;
            foreach (var item in array.EnumerateArray())
            {
                policies.Add(ReadPolicy(item, $"policies[{i++}].", network));
            }
        }

        var duplicate = policies.GroupBy(p => p.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"policies: the name '{duplicate.Key}' is used twice; names must be unique.");
        }

        if (!policies.Any(p => p.Naive))
        {
            // Always compare against what a shop without routing gets.
            var name = policies.Any(p => p.Name == PolicySpec.DefaultNaive.Name) ? "naive-nearest" : PolicySpec.DefaultNaive.Name;
            policies.Insert(0, PolicySpec.DefaultNaive with { Name = name });
        }

        if (policies.Count == 1)
        {
            policies.Add(new PolicySpec("local-first", "the SDK's default: local production, then cost, then CO2e", false, RoutingPolicy.Default.Preferences, TimeSpan.Zero, null));
        }

        return policies;
    }

    private static PolicySpec ReadPolicy(JsonElement item, string prefix, FacilityNetwork network)
    {
        var name = String(item, "name", prefix) ?? throw Missing(prefix + "name");
        var naive = Bool(item, "naive", prefix) ?? false;
        List<string>? providers = null;
        if (Array(item, "providers", prefix) is { } list)
        {
            providers = [];
            var known = network.Facilities.Select(f => f.Provider).ToHashSet(StringComparer.Ordinal);
            var i = 0;
            foreach (var p in list.EnumerateArray())
            {
                var field = $"{prefix}providers[{i++}]";
                var provider = StringValue(p, field);
                if (!known.Contains(provider))
                {
                    throw new ArgumentException($"{field} '{provider}' has no facility in the network; known: {string.Join(", ", known.Order(StringComparer.Ordinal))}.");
                }

                providers.Add(provider);
            }
        }

        var prefer = new List<RoutingCriterion>();
        if (Array(item, "prefer", prefix) is { } criteria)
        {
            var i = 0;
            foreach (var c in criteria.EnumerateArray())
            {
                var field = $"{prefix}prefer[{i++}]";
                var text = StringValue(c, field);
                var criterion = Criterion(text) ?? throw new ArgumentException($"{field} '{text}' is not one of local, cost, co2e, speed, delivery.");
                if (prefer.Contains(criterion))
                {
                    throw new ArgumentException($"{field} '{text}' is listed twice.");
                }

                prefer.Add(criterion);
            }
        }
        else if (!naive)
        {
            prefer.AddRange(RoutingPolicy.Default.Preferences);
        }

        if (naive && prefer.Count > 0)
        {
            throw new ArgumentException($"{prefix}prefer: a naive policy always takes the nearest facility; remove prefer or set naive to false.");
        }

        var margin = TimeSpan.FromHours(Number(item, "safetyMarginHours", prefix, 0, 240) ?? 0);
        return new PolicySpec(name, String(item, "description", prefix), naive, prefer, margin, providers);
    }

    private static RoutingCriterion? Criterion(string text) => text switch
    {
        "local" => RoutingCriterion.Local,
        "cost" => RoutingCriterion.Cost,
        "co2e" => RoutingCriterion.Co2e,
        "speed" => RoutingCriterion.Speed,
        "delivery" => RoutingCriterion.Delivery,
        _ => null,
    };

    private static CountryCode Country(JsonElement item, string name, string prefix)
    {
        var text = String(item, name, prefix) ?? throw Missing(prefix + name);
        return CountryCode.TryParse(text, out var code) ? code : throw Invalid(prefix + name, $"an ISO 3166-1 alpha-2 code such as DE, not '{text}'");
    }

    private static Facility WithCapacity(Facility f, int dailyCapacity) => new(
        f.Id,
        f.Provider,
        f.Country,
        f.Location,
        f.TimeZone,
        f.Products,
        f.Lanes,
        dailyCapacity,
        f.CutOff,
        f.CollectionTime,
        f.Subdivision,
        f.WorkingDays,
        f.Closures,
        f.ExtraWorkingDays,
        f.Source,
        f.Calendar);
}
