using System.Text.Json.Serialization;
using PodConnect.Http.Json;
using PodConnect.Prodigi.Models;
using PodConnect.Prodigi.Webhooks;

namespace PodConnect.Prodigi.Serialization;

/// <summary>
/// Source-generated serialization for every Prodigi wire type: camelCase, nulls omitted on write,
/// property names matched without regard to case (Prodigi's own casing varies), timestamps read
/// tolerantly.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(FlexibleTimestampJsonConverter)])]
[JsonSerializable(typeof(ProdigiCreateOrderRequest))]
[JsonSerializable(typeof(ProdigiQuoteRequest))]
[JsonSerializable(typeof(ProdigiQuoteResponse))]
[JsonSerializable(typeof(ProdigiOrderEnvelope))]
[JsonSerializable(typeof(ProdigiOrdersEnvelope))]
[JsonSerializable(typeof(ProdigiActionsEnvelope))]
[JsonSerializable(typeof(ProdigiShippingMethodUpdate))]
[JsonSerializable(typeof(ProdigiRecipient))]
[JsonSerializable(typeof(ProdigiCallback))]
internal sealed partial class ProdigiJsonContext : JsonSerializerContext;
