using System.Text.Json;
using PodConnect.Errors;
using PodConnect.Stores;
using PodConnect.TikTokShop.Internal;

namespace PodConnect.TikTokShop.Auth;

/// <summary>
/// The token store when the app registered an <see cref="ISharedRecordStore"/> (e.g. <c>.UseRedis(…)</c>): every
/// instance reads the token the last refresh saved, and the record's lock lets one instance at a time refresh
/// a seller (a refresh rotates the refresh token, so two concurrent refreshes would spoil each other).
/// </summary>
internal sealed class SharedTikTokShopTokenStore(ISharedRecordStore records) : ITikTokShopTokenStore
{
    internal const string Scope = "tiktokshop-token";

    /// <summary>Long enough for one token call (bounded by the pipeline's timeouts); a killed holder's lock lapses after it.</summary>
    internal static readonly TimeSpan RefreshLockDuration = TimeSpan.FromSeconds(30);

    private readonly string _owner = Guid.NewGuid().ToString("N");

    public async ValueTask<TikTokShopToken?> GetAsync(string sellerId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sellerId);
        var bytes = await records.GetAsync(Scope, sellerId, cancellationToken).ConfigureAwait(false);
        if (bytes is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(bytes, TikTokShopJsonContext.Default.TikTokShopToken) ?? throw new JsonException("null");
        }
        catch (Exception e) when (e is JsonException or ArgumentException or NotSupportedException)
        {
            throw new MalformedResponseException($"The shared token record of seller {sellerId} is not a token this version wrote ({e.GetType().Name}).", null, e);
        }
    }

    public ValueTask SaveAsync(TikTokShopToken token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        return records.SetAsync(Scope, token.SellerId, JsonSerializer.SerializeToUtf8Bytes(token, TikTokShopJsonContext.Default.TikTokShopToken), cancellationToken);
    }

    public ValueTask RemoveAsync(string sellerId, CancellationToken cancellationToken = default) => records.RemoveAsync(Scope, sellerId, cancellationToken);

    internal ValueTask<bool> TryLockRefreshAsync(string sellerId) => records.TryLockAsync(Scope, sellerId, _owner, RefreshLockDuration);

    internal ValueTask ReleaseRefreshAsync(string sellerId) => records.ReleaseLockAsync(Scope, sellerId, _owner);
}
