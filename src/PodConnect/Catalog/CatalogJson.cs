using System.Text.Json.Serialization;

namespace PodConnect.Catalog;

internal sealed class CatalogJson
{
    [JsonPropertyName("products")]
    public List<CatalogEntryJson?>? Products { get; set; }
}

internal sealed class CatalogEntryJson
{
    [JsonPropertyName("sku")]
    public string? Sku { get; set; }

    [JsonPropertyName("kind")]
    public string? Kind { get; set; }

    [JsonPropertyName("providers")]
    public Dictionary<string, CatalogProductJson?>? Providers { get; set; }
}

internal sealed class CatalogProductJson
{
    [JsonPropertyName("product")]
    public string? Product { get; set; }

    [JsonPropertyName("files")]
    public List<CatalogFileJson?>? Files { get; set; }
}

internal sealed class CatalogFileJson
{
    [JsonPropertyName("placement")]
    public string? Placement { get; set; }

    [JsonPropertyName("url")]
    public string? Url { get; set; }
}

[JsonSourceGenerationOptions(ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true)]
[JsonSerializable(typeof(CatalogJson))]
internal sealed partial class CatalogJsonContext : JsonSerializerContext;
