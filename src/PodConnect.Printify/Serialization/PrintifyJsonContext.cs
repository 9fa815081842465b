using System.Text.Json.Serialization;
using PodConnect.Http.Json;
using PodConnect.Printify.Models;
using PodConnect.Printify.Webhooks;

namespace PodConnect.Printify.Serialization;

/// <summary>
/// Source-generated serialization for every Printify wire type: snake_case, nulls omitted on write,
/// timestamps in Printify's <c>2017-04-18 13:24:28+00:00</c> form (and ISO-8601) read tolerantly.
/// Shipping costs are read as a name → cents map so new methods need no code change.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(FlexibleTimestampJsonConverter)])]
[JsonSerializable(typeof(PrintifyCreateOrderRequest))]
[JsonSerializable(typeof(PrintifyCreatedOrder))]
[JsonSerializable(typeof(PrintifyOrder))]
[JsonSerializable(typeof(PrintifyOrderPage))]
[JsonSerializable(typeof(PrintifyShippingRequest))]
[JsonSerializable(typeof(Dictionary<string, long>))]
[JsonSerializable(typeof(PrintifyCatalogVariants))]
[JsonSerializable(typeof(PrintifyWebhookPayload))]
internal sealed partial class PrintifyJsonContext : JsonSerializerContext;
