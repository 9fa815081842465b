using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using PodConnect.Stores;
using PodConnect.Testing.TikTokShop;
using PodConnect.TikTokShop.Auth;

namespace PodConnect.TikTokShop.Tests;

/// <summary>
/// With a shared record store registered (what <c>.UseRedis</c> does), the seller's token is one record all
/// instances read, and only the instance holding the record's lock refreshes it.
/// </summary>
public sealed class SharedTokenStoreTests : IDisposable
{
    private readonly SharedRecords _records = new();
    private readonly Harness _h;

    public SharedTokenStoreTests() => _h = new Harness(seedToken: false, services: s => s.AddSingleton<ISharedRecordStore>(_records));

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task A_token_saved_by_one_instance_is_read_by_another()
    {
        var token = await _h.Auth.ExchangeCodeAsync(_h.Fake.IssueAuthCode());

        var otherInstance = new SharedTikTokShopTokenStore(_records);

        Assert.IsType<SharedTikTokShopTokenStore>(_h.Tokens);
        var seen = (await otherInstance.GetAsync(token.SellerId))!;
        Assert.Equal(token with { GrantedScopes = [] }, seen with { GrantedScopes = [] }); // the list compares by reference
        Assert.Equal(token.GrantedScopes, seen.GrantedScopes);
    }

    [Fact]
    public async Task While_another_instance_refreshes_the_still_valid_token_is_used_and_TikTok_is_not_called()
    {
        var first = await _h.Auth.ExchangeCodeAsync(_h.Fake.IssueAuthCode());
        _h.Time.Advance(TimeSpan.FromDays(6.5)); // in the refresh window, still valid
        Assert.True(await _records.TryLockAsync(SharedTikTokShopTokenStore.Scope, first.SellerId, "other-instance", TimeSpan.FromSeconds(30)));

        await _h.Shop.Logistics.GetWarehousesAsync();
        Assert.Equal(0, _h.Fake.TokenRefreshCount);

        await _records.ReleaseLockAsync(SharedTikTokShopTokenStore.Scope, first.SellerId, "other-instance");
        await _h.Shop.Logistics.GetWarehousesAsync();

        Assert.Equal(1, _h.Fake.TokenRefreshCount);
        var shared = await new SharedTikTokShopTokenStore(_records).GetAsync(first.SellerId);
        Assert.NotEqual(first.RefreshToken, shared!.RefreshToken);
        Assert.False(_records.IsLocked(SharedTikTokShopTokenStore.Scope, first.SellerId)); // given back after the refresh
    }

    [Fact]
    public async Task A_corrupt_shared_record_is_a_typed_error_naming_the_seller()
    {
        await _records.SetAsync(SharedTikTokShopTokenStore.Scope, "seller-x", "{\"seller_id\":"u8.ToArray());

        var e = await Assert.ThrowsAsync<PodConnect.Errors.MalformedResponseException>(async () => await new SharedTikTokShopTokenStore(_records).GetAsync("seller-x"));

        Assert.Contains("seller-x", e.Message, StringComparison.Ordinal);
    }

    /// <summary>An in-process stand-in for a shared store (Redis implements the same interface).</summary>
    private sealed class SharedRecords : ISharedRecordStore
    {
        private readonly ConcurrentDictionary<string, byte[]> _values = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, string> _locks = new(StringComparer.Ordinal);

        public bool IsLocked(string scope, string key) => _locks.ContainsKey(scope + ":" + key);

        public ValueTask<byte[]?> GetAsync(string scope, string key, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(_values.TryGetValue(scope + ":" + key, out var v) ? v : null);

        public ValueTask SetAsync(string scope, string key, ReadOnlyMemory<byte> value, CancellationToken cancellationToken = default)
        {
            _values[scope + ":" + key] = value.ToArray();
            return ValueTask.CompletedTask;
        }

        public ValueTask RemoveAsync(string scope, string key, CancellationToken cancellationToken = default)
        {
            _values.TryRemove(scope + ":" + key, out _);
            return ValueTask.CompletedTask;
        }

        public ValueTask<bool> TryLockAsync(string scope, string key, string owner, TimeSpan duration, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(_locks.TryAdd(scope + ":" + key, owner));

        public ValueTask ReleaseLockAsync(string scope, string key, string owner, CancellationToken cancellationToken = default)
        {
            _locks.TryRemove(KeyValuePair.Create(scope + ":" + key, owner));
            return ValueTask.CompletedTask;
        }
    }
}
