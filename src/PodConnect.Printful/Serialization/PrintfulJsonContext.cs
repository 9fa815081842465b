using System.Text.Json.Serialization;
using PodConnect.Http.Json;
using PodConnect.Printful.Models;
using PodConnect.Printful.Webhooks;

namespace PodConnect.Printful.Serialization;

/// <summary>
/// Source-generated serialization for Printful's wire types: snake_case, nulls omitted, money read
/// from strings or numbers, timestamps from UNIX seconds or ISO text.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(FlexibleDateOnlyJsonConverter), typeof(FlexibleTimestampJsonConverter)])]
[JsonSerializable(typeof(PrintfulOrderRequest))]
[JsonSerializable(typeof(PrintfulResponse<PrintfulOrder>))]
[JsonSerializable(typeof(PrintfulResponse<PrintfulCostEstimate>))]
[JsonSerializable(typeof(PrintfulResponse<List<PrintfulShippingRate>>))]
[JsonSerializable(typeof(PrintfulShippingRatesRequest))]
[JsonSerializable(typeof(PrintfulV2ShippingRatesRequest))]
[JsonSerializable(typeof(PrintfulV2Response<List<PrintfulV2ShippingRate>>))]
[JsonSerializable(typeof(PrintfulV2Response<List<PrintfulV2Shipment>>))]
[JsonSerializable(typeof(PrintfulV2Response<PrintfulVariantAvailability>))]
[JsonSerializable(typeof(PrintfulWebhookPayload))]
[JsonSerializable(typeof(PrintfulWebhookHead))]
[JsonSerializable(typeof(PrintfulStockWebhookPayload))]
internal sealed partial class PrintfulJsonContext : JsonSerializerContext;
