using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PodConnect.Testing.Common;
using PodConnect.Testing.TikTokShop;
using PodConnect.TikTokShop.Fulfillment;

namespace PodConnect.TikTokShop.Tests;

public sealed class LoggingTests : IDisposable
{
    private readonly CapturingLoggerProvider _logs = new();
    private readonly Harness _h;

    public LoggingTests() => _h = new Harness(seedToken: false, services: s => s.AddLogging(b => b.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace)));

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task Refresh_and_lost_answers_are_logged_without_secrets()
    {
        var first = await _h.Auth.ExchangeCodeAsync(_h.Fake.IssueAuthCode());
        _h.Time.Advance(TimeSpan.FromDays(6.5));
        _h.Fake.SeedOrders(FakeTikTokShop.DefaultShopCipher, FakeTikTokOrders.Create("9", _h.Time.GetUtcNow(), [new FakeOrderLine("A")]));
        var order = await _h.Shop.Orders.GetOrderAsync("9");
        _h.Fake.Faults.Add(Fault.ProcessThenDropConnection(), "/fulfillment/202309/orders/9/packages");
        await _h.Shop.Fulfillment.MarkShippedAsync(new TikTokShipment("9", [order.LineItems[0].Id], FakeTikTokShop.RoyalMailProviderId, "RM1"));

        var current = (await _h.Tokens.GetAsync(FakeTikTokShop.DefaultSellerId))!;
        var text = string.Join("\n", _logs.Messages);
        Assert.Contains("Refreshed the TikTok Shop access token of seller " + FakeTikTokShop.DefaultSellerId, text, StringComparison.Ordinal);
        Assert.Contains("order 9 lost its answer", text, StringComparison.Ordinal);
        foreach (var secret in new[] { first.AccessToken, first.RefreshToken, current.AccessToken, current.RefreshToken, _h.Fake.AppSecret })
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_throttled_resend_is_logged_with_the_api_and_the_wait()
    {
        await _h.Auth.ExchangeCodeAsync(_h.Fake.IssueAuthCode());
        _h.Fake.SeedOrders(FakeTikTokShop.DefaultShopCipher, FakeTikTokOrders.Create("9", _h.Time.GetUtcNow(), [new FakeOrderLine("A")]));
        var order = await _h.Shop.Orders.GetOrderAsync("9");
        _h.Fake.Faults.Add(Fault.RateLimited(TimeSpan.FromSeconds(1)), "/fulfillment/202309/orders/9/packages");

        await _h.Pump(_h.Shop.Fulfillment.MarkShippedAsync(new TikTokShipment("9", [order.LineItems[0].Id], FakeTikTokShop.RoyalMailProviderId, "RM1")));

        Assert.Contains(_logs.Messages, m => m.Contains("throttled POST /fulfillment/{v}/orders/{id}/packages", StringComparison.Ordinal) && m.Contains("00:00:01", StringComparison.Ordinal));
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Messages { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose()
        {
        }

        private sealed class Logger(CapturingLoggerProvider owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Messages.Enqueue(formatter(state, exception) + (state is IEnumerable<KeyValuePair<string, object?>> pairs ? " " + string.Join(' ', pairs.Select(p => p.Value)) : string.Empty));
        }
    }
}
