using Microsoft.Extensions.Options;
using PodConnect.Domain;

namespace PodConnect.TikTokShop.Marketplace;

/// <summary>
/// The shops the loop serves and the shop id ↔ cipher mapping: read from Get Authorized Shops for each
/// configured seller, filtered to the configured shop ids, and read again at most every
/// <see cref="TikTokShopMarketplaceOptions.ShopRefreshInterval"/> (sooner when asked for an unknown shop).
/// </summary>
public class TikTokShopDirectory : IDisposable
{
    private readonly TikTokShopClient _client;
    private readonly TikTokShopMarketplaceOptions _options;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IReadOnlyDictionary<string, TikTokServedShop> _shops = new Dictionary<string, TikTokServedShop>(StringComparer.Ordinal);
    private DateTimeOffset _readAt = DateTimeOffset.MinValue;

    /// <summary>Creates the directory.</summary>
    public TikTokShopDirectory(TikTokShopClient client, IOptions<TikTokShopMarketplaceOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _client = client;
        _options = options.Value;
        _time = timeProvider;
    }

    /// <summary>For mocking.</summary>
    protected TikTokShopDirectory()
    {
        _client = null!;
        _options = new TikTokShopMarketplaceOptions();
        _time = TimeProvider.System;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the refresh gate.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _gate.Dispose();
        }
    }

    /// <summary>Every served shop.</summary>
    public virtual async Task<IReadOnlyCollection<TikTokServedShop>> GetShopsAsync(CancellationToken cancellationToken = default) =>
        [.. (await ReadAsync(force: false, cancellationToken).ConfigureAwait(false)).Values];

    /// <summary>The served shop with this id, or <see langword="null"/> when it is not (or no longer) served.</summary>
    public virtual async Task<TikTokServedShop?> FindAsync(string shopId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shopId);
        var shops = await ReadAsync(force: false, cancellationToken).ConfigureAwait(false);
        if (!shops.ContainsKey(shopId) && _time.GetUtcNow() - _readAt >= TimeSpan.FromMinutes(1))
        {
            shops = await ReadAsync(force: true, cancellationToken).ConfigureAwait(false); // a shop authorized since the last read
        }

        return shops.TryGetValue(shopId, out var shop) ? shop : null;
    }

    private async Task<IReadOnlyDictionary<string, TikTokServedShop>> ReadAsync(bool force, CancellationToken cancellationToken)
    {
        if (!force && _time.GetUtcNow() - _readAt < _options.ShopRefreshInterval)
        {
            return _shops;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!force && _time.GetUtcNow() - _readAt < _options.ShopRefreshInterval)
            {
                return _shops;
            }

            var shops = new Dictionary<string, TikTokServedShop>(StringComparer.Ordinal);
            foreach (var seller in _options.SellerIds)
            {
                foreach (var shop in await _client.GetAuthorizedShopsAsync(seller, cancellationToken).ConfigureAwait(false))
                {
                    if (_options.ShopIds.Count == 0 || _options.ShopIds.Contains(shop.Id, StringComparer.Ordinal))
                    {
                        shops[shop.Id] = new TikTokServedShop(shop.Id, new TikTokShopRef(seller, shop.Cipher), CountryCode.TryParse(shop.Region, out var market) ? market : null);
                    }
                }
            }

            _shops = shops;
            _readAt = _time.GetUtcNow();
            return shops;
        }
        finally
        {
            _gate.Release();
        }
    }
}
