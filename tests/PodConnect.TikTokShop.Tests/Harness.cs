using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PodConnect.Testing.TikTokShop;
using PodConnect.TikTokShop.Auth;

namespace PodConnect.TikTokShop.Tests;

/// <summary>A client wired by DI exactly as users do, against the fake on loopback, on a fake clock.</summary>
internal sealed class Harness : IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    public Harness(Action<TikTokShopClientOptions>? configure = null, bool seedToken = true, Action<IServiceCollection>? services = null)
    {
        Time = new FakeTimeProvider(Start);
        Fake = FakeTikTokShop.Start(Time);
        var collection = new ServiceCollection();
        collection.AddSingleton<TimeProvider>(Time);
        services?.Invoke(collection);
        collection.AddPodConnect(b => b.AddTikTokShop(o =>
        {
            o.AppKey = Fake.AppKey;
            o.AppSecret = Fake.AppSecret;
            o.ServiceId = "7311";
            o.ApiBaseUrl = Fake.Url;
            o.AuthBaseUrl = Fake.Url;
            o.Resilience.BaseDelay = TimeSpan.FromMilliseconds(200);
            o.Resilience.MaxDelay = TimeSpan.FromSeconds(1);
            o.Resilience.PermitsPerSecond = 0;
            // Pump() advances the fake clock quickly; long timeouts keep a slow machine from timing out real round trips.
            o.Resilience.AttemptTimeout = TimeSpan.FromMinutes(10);
            o.Resilience.TotalTimeout = TimeSpan.FromHours(2);
            configure?.Invoke(o);
        }));
        Provider = collection.BuildServiceProvider();
        Client = Provider.GetRequiredService<TikTokShopClient>();
        Auth = Provider.GetRequiredService<TikTokShopAuthClient>();
        Tokens = Provider.GetRequiredService<ITikTokShopTokenStore>();
        if (seedToken)
        {
            Tokens.SaveAsync(Fake.IssueToken().ToClientToken()).AsTask().GetAwaiter().GetResult();
        }
    }

    public FakeTimeProvider Time { get; }

    public FakeTikTokShop Fake { get; }

    public ServiceProvider Provider { get; }

    public TikTokShopClient Client { get; }

    public TikTokShopAuthClient Auth { get; }

    public ITikTokShopTokenStore Tokens { get; }

    public TikTokShopRef ShopRef { get; } = new(FakeTikTokShop.DefaultSellerId, FakeTikTokShop.DefaultShopCipher);

    /// <summary>The client of the seeded shop.</summary>
    public TikTokSellerShopClient Shop => Client.ForShop(ShopRef);

    public HttpClient Http => Provider.GetRequiredService<IHttpClientFactory>().CreateClient(Internal.TikTokShopTransport.HttpClientName);

    public IEnumerable<FakeTikTokRequest> RequestsTo(string path) => Fake.Requests.Where(r => r.Path == path);

    /// <summary>Runs a call that waits on the fake clock (backoff, Retry-After, timeouts), advancing it in small steps until the call ends.</summary>
    public async Task<T> Pump<T>(Task<T> call, TimeSpan? step = null)
    {
        for (var i = 0; i < 2000 && !call.IsCompleted; i++)
        {
            await Task.Delay(2);
            if (!call.IsCompleted)
            {
                Time.Advance(step ?? TimeSpan.FromMilliseconds(100));
            }
        }

        return await call;
    }

    public async Task Pump(Task call, TimeSpan? step = null) => await Pump(call.ContinueWith(t => { t.GetAwaiter().GetResult(); return true; }, TaskScheduler.Default), step);

    public void Dispose()
    {
        Provider.Dispose();
        Fake.Dispose();
    }
}
