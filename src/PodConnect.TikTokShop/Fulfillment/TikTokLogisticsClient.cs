using PodConnect.TikTokShop.Internal;

namespace PodConnect.TikTokShop.Fulfillment;

/// <summary>Warehouses, delivery options and carriers of one shop (from <see cref="TikTokSellerShopClient.Logistics"/>).</summary>
public class TikTokLogisticsClient
{
    private readonly TikTokApi _api;
    private readonly TikTokShopRef _shop;

    /// <summary>For mocking.</summary>
    protected TikTokLogisticsClient()
    {
        _api = null!;
        _shop = null!;
    }

    internal TikTokLogisticsClient(TikTokApi api, TikTokShopRef shop)
    {
        _api = api;
        _shop = shop;
    }

    /// <summary>The shop's warehouses.</summary>
    public virtual async Task<IReadOnlyList<TikTokWarehouse>> GetWarehousesAsync(CancellationToken cancellationToken = default)
    {
        var data = await _api.SendAsync(TikTokEndpoints.Warehouses, _api.Versions.Logistics, null, _shop, null, null,
            TikTokShopJsonContext.Default.TikTokEnvelopeWarehousesData, retryable: true, dataOptional: true, cancellationToken).ConfigureAwait(false);
        return data.Warehouses ?? [];
    }

    /// <summary>The delivery options of a warehouse.</summary>
    public virtual async Task<IReadOnlyList<TikTokDeliveryOption>> GetDeliveryOptionsAsync(string warehouseId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(warehouseId);
        var data = await _api.SendAsync(TikTokEndpoints.DeliveryOptions, _api.Versions.Logistics, warehouseId, _shop, null, null,
            TikTokShopJsonContext.Default.TikTokEnvelopeDeliveryOptionsData, retryable: true, dataOptional: true, cancellationToken).ConfigureAwait(false);
        return data.DeliveryOptions ?? [];
    }

    /// <summary>The carriers of a delivery option (cached per shop and option for <see cref="TikTokShopClientOptions.ShippingProviderCacheDuration"/>).</summary>
    public virtual async Task<IReadOnlyList<TikTokShippingProvider>> GetShippingProvidersAsync(string deliveryOptionId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(deliveryOptionId);
        var key = (_shop.ShopCipher, deliveryOptionId);
        if (_api.ShippingProviders.TryGetValue(key, out var cached) && cached.Expires > _api.Time.GetUtcNow())
        {
            return cached.Providers;
        }

        var data = await _api.SendAsync(TikTokEndpoints.ShippingProviders, _api.Versions.Logistics, deliveryOptionId, _shop, null, null,
            TikTokShopJsonContext.Default.TikTokEnvelopeShippingProvidersData, retryable: true, dataOptional: true, cancellationToken).ConfigureAwait(false);
        var providers = data.ShippingProviders ?? [];
        _api.ShippingProviders[key] = (_api.Time.GetUtcNow() + _api.Options.ShippingProviderCacheDuration, providers);
        return providers;
    }
}
