using PodConnect.Errors;
using PodConnect.Testing.TikTokShop;
using PodConnect.TikTokShop.Auth;

namespace PodConnect.TikTokShop.Tests;

public sealed class AuthTests : IDisposable
{
    private readonly Harness _h = new(seedToken: false);

    public void Dispose() => _h.Dispose();

    [Fact]
    public void Authorization_link_uses_service_id_and_state()
    {
        var uri = _h.Auth.GetAuthorizationUri("csrf 123");
        Assert.Equal("https://services.tiktokshop.com/open/authorize?service_id=7311&state=csrf%20123", uri.AbsoluteUri);
    }

    [Fact]
    public async Task Code_exchange_stores_tokens_with_absolute_expiry_and_is_single_use()
    {
        var code = _h.Fake.IssueAuthCode();

        var token = await _h.Auth.ExchangeCodeAsync(code);

        Assert.Equal(FakeTikTokShop.DefaultSellerId, token.SellerId);
        Assert.Equal(Harness.Start.AddDays(7), token.AccessTokenExpiresAt);
        Assert.Equal(Harness.Start.AddDays(365), token.RefreshTokenExpiresAt);
        Assert.Equal(token, await _h.Tokens.GetAsync(FakeTikTokShop.DefaultSellerId));
        var request = Assert.Single(_h.RequestsTo("/api/v2/token/get"));
        Assert.Equal("authorized_code", request.QueryValue("grant_type"));

        var ex = await Assert.ThrowsAsync<AuthenticationException>(() => _h.Auth.ExchangeCodeAsync(code));
        Assert.Equal("36004004", ex.ErrorCode);
        Assert.Equal(2, _h.RequestsTo("/api/v2/token/get").Count()); // never retried
    }

    [Fact]
    public async Task Token_is_refreshed_before_expiry_and_the_refresh_token_rotates()
    {
        var first = await _h.Auth.ExchangeCodeAsync(_h.Fake.IssueAuthCode());
        _h.Time.Advance(TimeSpan.FromDays(6.5)); // less than 24 h left

        await _h.Shop.Logistics.GetWarehousesAsync();

        var current = (await _h.Tokens.GetAsync(FakeTikTokShop.DefaultSellerId))!;
        Assert.Equal(1, _h.Fake.TokenRefreshCount);
        Assert.NotEqual(first.AccessToken, current.AccessToken);
        Assert.NotEqual(first.RefreshToken, current.RefreshToken);
        Assert.Equal(_h.Time.GetUtcNow().AddDays(7).ToUnixTimeSeconds(), current.AccessTokenExpiresAt.ToUnixTimeSeconds());
        var refresh = Assert.Single(_h.RequestsTo("/api/v2/token/refresh"));
        Assert.Equal("refresh_token", refresh.QueryValue("grant_type"));
        Assert.Equal(first.RefreshToken, refresh.QueryValue("refresh_token"));
    }

    [Fact]
    public async Task Concurrent_calls_refresh_exactly_once()
    {
        await _h.Auth.ExchangeCodeAsync(_h.Fake.IssueAuthCode());
        _h.Time.Advance(TimeSpan.FromDays(6.9));

        var calls = Enumerable.Range(0, 25).Select(_ => Task.Run(() => _h.Shop.Logistics.GetWarehousesAsync())).ToArray();
        await Task.WhenAll(calls);

        Assert.Equal(1, _h.Fake.TokenRefreshCount);
        Assert.Single(_h.RequestsTo("/api/v2/token/refresh"));
        Assert.All(_h.RequestsTo("/logistics/202309/warehouses"), r => Assert.Equal(0, r.TikTokCode()));
    }

    [Fact]
    public async Task Token_rejected_as_expired_is_refreshed_once_and_the_call_repeated()
    {
        await _h.Auth.ExchangeCodeAsync(_h.Fake.IssueAuthCode());
        _h.Fake.ExpireAccessTokens(); // TikTok revoked it early; our clock says it is still valid

        var warehouses = await _h.Shop.Logistics.GetWarehousesAsync();

        Assert.Single(warehouses);
        Assert.Equal(1, _h.Fake.TokenRefreshCount);
        Assert.Equal([105002, 0], _h.RequestsTo("/logistics/202309/warehouses").Select(r => r.TikTokCode()!.Value));
    }

    [Fact]
    public async Task Expired_refresh_token_asks_for_reauthorization()
    {
        await _h.Auth.ExchangeCodeAsync(_h.Fake.IssueAuthCode());
        _h.Time.Advance(TimeSpan.FromDays(366));

        var ex = await Assert.ThrowsAsync<AuthenticationException>(() => _h.Shop.Logistics.GetWarehousesAsync());

        Assert.Contains("authorize the app again", ex.Message, StringComparison.Ordinal);
        Assert.Empty(_h.RequestsTo("/api/v2/token/refresh"));
    }

    [Fact]
    public async Task Unknown_seller_is_a_clear_authentication_error()
    {
        var ex = await Assert.ThrowsAsync<AuthenticationException>(() => _h.Client.ForShop(new TikTokShopRef("nobody", "cipher")).Logistics.GetWarehousesAsync());
        Assert.Contains("exchange an auth code first", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Token_secrets_stay_out_of_ToString()
    {
        var token = await _h.Auth.ExchangeCodeAsync(_h.Fake.IssueAuthCode());
        var text = token.ToString();
        Assert.DoesNotContain(token.AccessToken, text, StringComparison.Ordinal);
        Assert.DoesNotContain(token.RefreshToken, text, StringComparison.Ordinal);
    }
}
