using System.Collections.Concurrent;

namespace PodConnect.TikTokShop.Auth;

/// <summary>
/// Where sellers' tokens live. The default keeps them in memory; implement it over a database or a
/// secret store to share tokens between instances. Save both tokens in one atomic write: a refresh
/// rotates the refresh token.
/// </summary>
public interface ITikTokShopTokenStore
{
    /// <summary>The seller's tokens, or <c>null</c> when the seller has not authorized.</summary>
    ValueTask<TikTokShopToken?> GetAsync(string sellerId, CancellationToken cancellationToken = default);

    /// <summary>Saves (replaces) the seller's tokens.</summary>
    ValueTask SaveAsync(TikTokShopToken token, CancellationToken cancellationToken = default);

    /// <summary>Forgets the seller (after deauthorization).</summary>
    ValueTask RemoveAsync(string sellerId, CancellationToken cancellationToken = default);
}

/// <summary>The in-memory <see cref="ITikTokShopTokenStore"/> (one process; lost on restart).</summary>
public sealed class InMemoryTikTokShopTokenStore : ITikTokShopTokenStore
{
    private readonly ConcurrentDictionary<string, TikTokShopToken> _tokens = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public ValueTask<TikTokShopToken?> GetAsync(string sellerId, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_tokens.TryGetValue(sellerId, out var token) ? token : null);

    /// <inheritdoc />
    public ValueTask SaveAsync(TikTokShopToken token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        _tokens[token.SellerId] = token;
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask RemoveAsync(string sellerId, CancellationToken cancellationToken = default)
    {
        _tokens.TryRemove(sellerId, out _);
        return ValueTask.CompletedTask;
    }
}
