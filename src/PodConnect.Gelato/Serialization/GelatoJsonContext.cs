using System.Text.Json.Serialization;
using PodConnect.Gelato.Models;
using PodConnect.Http.Json;
using PodConnect.Gelato.Webhooks;

namespace PodConnect.Gelato.Serialization;

/// <summary>
/// Source-generated serialization for every Gelato wire type: camelCase, nulls omitted on write,
/// dates accepted in both of Gelato's forms.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(FlexibleDateOnlyJsonConverter), typeof(FlexibleTimestampJsonConverter)])]
[JsonSerializable(typeof(GelatoCreateOrderRequest))]
[JsonSerializable(typeof(GelatoOrder))]
[JsonSerializable(typeof(GelatoQuoteRequest))]
[JsonSerializable(typeof(GelatoQuoteResponse))]
[JsonSerializable(typeof(GelatoSearchOrdersRequest))]
[JsonSerializable(typeof(GelatoSearchOrdersResponse))]
[JsonSerializable(typeof(GelatoShipmentMethodsResponse))]
[JsonSerializable(typeof(GelatoConfirmDraftRequest))]
[JsonSerializable(typeof(GelatoStockAvailabilityRequest))]
[JsonSerializable(typeof(GelatoStockAvailabilityResponse))]
[JsonSerializable(typeof(GelatoWebhookPayload))]
internal sealed partial class GelatoJsonContext : JsonSerializerContext;
