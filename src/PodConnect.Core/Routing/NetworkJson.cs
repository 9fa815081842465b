using System.Text.Json.Serialization;

namespace PodConnect.Routing;

// The wire shape of network JSON (documented in docs/routing.md). Everything is nullable so that a
// missing field is reported by name by NetworkJsonReader rather than by the serializer.
#pragma warning disable CA1812 // instantiated by System.Text.Json
internal sealed class NetworkDocument
{
    public string? Name { get; set; }

    public string? Currency { get; set; }

    public List<FacilityDocument?>? Facilities { get; set; }
}

internal sealed class FacilityDocument
{
    public string? Id { get; set; }

    public string? Provider { get; set; }

    public string? Country { get; set; }

    public string? Subdivision { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public string? TimeZone { get; set; }

    public string? CutOff { get; set; }

    public string? Collection { get; set; }

    public List<string>? WorkingDays { get; set; }

    public List<string>? Closures { get; set; }

    public List<string>? ExtraWorkingDays { get; set; }

    public int? DailyCapacity { get; set; }

    public List<ProductDocument?>? Products { get; set; }

    public List<LaneDocument?>? Lanes { get; set; }

    public string? Source { get; set; }
}

internal sealed class ProductDocument
{
    public string? Kind { get; set; }

    public int? ProductionDays { get; set; }

    public decimal? UnitCost { get; set; }

    public int? DailyCapacity { get; set; }
}

internal sealed class LaneDocument
{
    public string? To { get; set; }

    public int? TransitDays { get; set; }

    public decimal? Cost { get; set; }

    public string? Carrier { get; set; }

    public string? Mode { get; set; }
}
#pragma warning restore CA1812

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(NetworkDocument))]
internal sealed partial class NetworkJsonContext : JsonSerializerContext;
