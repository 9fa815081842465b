using System.Text.Json.Serialization;
using PodConnect.TikTokShop.Auth;
using PodConnect.TikTokShop.Fulfillment;
using PodConnect.TikTokShop.Inventory;
using PodConnect.TikTokShop.Orders;
using PodConnect.TikTokShop.Shops;
using PodConnect.TikTokShop.Webhooks;

namespace PodConnect.TikTokShop.Internal;

/// <summary>Source-generated JSON metadata for every TikTok payload (snake_case, nulls not written).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(TikTokEnvelope<TokenResponseData>))]
[JsonSerializable(typeof(TikTokShopToken))]
[JsonSerializable(typeof(TikTokEnvelope<AuthorizedShopsData>))]
[JsonSerializable(typeof(TikTokEnvelope<OrderListData>))]
[JsonSerializable(typeof(TikTokEnvelope<OrderDetailData>))]
[JsonSerializable(typeof(TikTokEnvelope<MarkShippedData>))]
[JsonSerializable(typeof(TikTokEnvelope<EmptyData>))]
[JsonSerializable(typeof(TikTokEnvelope<TrackingData>))]
[JsonSerializable(typeof(TikTokEnvelope<WarehousesData>))]
[JsonSerializable(typeof(TikTokEnvelope<DeliveryOptionsData>))]
[JsonSerializable(typeof(TikTokEnvelope<ShippingProvidersData>))]
[JsonSerializable(typeof(TikTokEnvelope<UpdateInventoryData>))]
[JsonSerializable(typeof(TikTokEnvelope<InventorySearchData>))]
[JsonSerializable(typeof(TikTokEnvelope<ProductSearchData>))]
[JsonSerializable(typeof(ProductSearchBody))]
[JsonSerializable(typeof(OrderSearchBody))]
[JsonSerializable(typeof(MarkShippedBody))]
[JsonSerializable(typeof(CancelOrderBody))]
[JsonSerializable(typeof(TikTokEnvelope<CancelOrderData>))]
[JsonSerializable(typeof(UpdateInventoryBody))]
[JsonSerializable(typeof(InventorySearchBody))]
[JsonSerializable(typeof(TikTokOrder))]
[JsonSerializable(typeof(TikTokEnvelope<WebhooksData>))]
[JsonSerializable(typeof(WebhookBody))]
[JsonSerializable(typeof(AddExternalOrdersBody))]
[JsonSerializable(typeof(ProductIdsBody))]
[JsonSerializable(typeof(TikTokEnvelope<ProductStatusData>))]
[JsonSerializable(typeof(TikTokEnvelope<AddExternalOrdersData>))]
[JsonSerializable(typeof(TikTokEnvelope<ExternalOrdersData>))]
[JsonSerializable(typeof(TikTokEnvelope<ExternalOrderSearchData>))]
internal sealed partial class TikTokShopJsonContext : JsonSerializerContext;
