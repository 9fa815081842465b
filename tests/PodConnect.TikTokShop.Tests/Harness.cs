using Microsoft.Extensions.DependencyInjection;
using PodConnect.Testing.Common;
using PodConnect.Testing.TikTokShop;
using PodConnect.Testing.Time;
using PodConnect.TikTokShop.Auth;

namespace PodConnect.TikTokShop.Tests;

/// <summary>A client wired by DI exactly as users do, against the fake on loopback, on a fake clock.</summary>
internal sealed class Harness : IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 24, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Long enough that a real loopback round trip never times out on a slow machine.</summary>
    private static readonly TimeSpan DefaultAttemptTimeout = TimeSpan.FromMinutes(10);

    /// <summary>
    /// The attempt timeout configured: the line between the timers <see cref="Pump{T}"/> fires (backoff,
    /// Retry-After: shorter) and those it leaves alone (the attempt and total timeouts).
    /// </summary>
    private readonly TimeSpan _attemptTimeout;

    public Harness(Action<TikTokShopClientOptions>? configure = null, bool seedToken = true, Action<IServiceCollection>? services = null)
    {
        Time = new ObservableFakeTimeProvider(Start);
        Fake = FakeTikTokShop.Start(Time);
        var collection = new ServiceCollection();
        collection.AddSingleton<TimeProvider>(Time);
        services?.Invoke(collection);
        collection.AddPodConnect(b => b.AddTikTokShop(o =>
        {
            o.AppKey = Fake.AppKey;
            o.AppSecret = Fake.AppSecret;
            o.ServiceId = "7311";
            o.ApiBaseUrl = Fake.BaseAddress;
            o.AuthBaseUrl = Fake.BaseAddress;
            o.Resilience.BaseDelay = TimeSpan.FromMilliseconds(200);
            o.Resilience.MaxDelay = TimeSpan.FromSeconds(1);
            o.Resilience.PermitsPerSecond = 0;
            o.Resilience.AttemptTimeout = DefaultAttemptTimeout;
            o.Resilience.TotalTimeout = TimeSpan.FromHours(2);
            configure?.Invoke(o);
        }));
        var probe = new TikTokShopClientOptions();
        probe.Resilience.AttemptTimeout = DefaultAttemptTimeout;
        configure?.Invoke(probe);
        _attemptTimeout = probe.Resilience.AttemptTimeout;
        Provider = collection.BuildServiceProvider();
        Client = Provider.GetRequiredService<TikTokShopClient>();
        Auth = Provider.GetRequiredService<TikTokShopAuthClient>();
        Tokens = Provider.GetRequiredService<ITikTokShopTokenStore>();
        if (seedToken)
        {
            Tokens.SaveAsync(Fake.IssueToken().ToClientToken()).AsTask().GetAwaiter().GetResult();
        }
    }

    public ObservableFakeTimeProvider Time { get; }

    public FakeTikTokShop Fake { get; }

    public ServiceProvider Provider { get; }

    public TikTokShopClient Client { get; }

    public TikTokShopAuthClient Auth { get; }

    public ITikTokShopTokenStore Tokens { get; }

    public TikTokShopRef ShopRef { get; } = new(FakeTikTokShop.DefaultSellerId, FakeTikTokShop.DefaultShopCipher);

    /// <summary>The client of the seeded shop.</summary>
    public TikTokSellerShopClient Shop => Client.ForShop(ShopRef);

    public HttpClient Http => Provider.GetRequiredService<IHttpClientFactory>().CreateClient(Internal.TikTokShopTransport.HttpClientName);

    public IEnumerable<FakeRequest> RequestsTo(string path) => Fake.Requests.Where(r => r.Path == path);

    /// <summary>
    /// Runs a call that waits on the fake clock (backoff, Retry-After): each time the call arms a timer
    /// shorter than the attempt timeout, the clock jumps exactly to it, so the call proceeds as fast as
    /// the machine allows and never races the clock (no real-time polling).
    /// </summary>
    public async Task<T> Pump<T>(Task<T> call)
    {
        var next = 0;
        while (!call.IsCompleted)
        {
            var armed = Time.WaitForTimerAsync(next, due => due > TimeSpan.Zero && due < _attemptTimeout);
            if (await Task.WhenAny(call, armed) == call)
            {
                break;
            }

            var timer = await armed;
            Time.Advance(timer.DueTime);
            next = timer.Index + 1;
        }

        return await call;
    }

    public async Task Pump(Task call) => await Pump(call.ContinueWith(t => { t.GetAwaiter().GetResult(); return true; }, TaskScheduler.Default));

    public void Dispose()
    {
        Provider.Dispose();
        Fake.Dispose();
    }
}
