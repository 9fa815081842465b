using StackExchange.Redis;

namespace PodConnect.Redis.Tests.Infrastructure;

/// <summary>
/// The Redis the tests use: <c>PODCONNECT_REDIS</c> (host:port, set by <c>.ci/run</c>). Absent outside CI the
/// tests that need it are reported as skipped with the reason; absent on CI (<c>CI=true</c>) they fail.
/// </summary>
internal static class RedisServer
{
    public const string Variable = "PODCONNECT_REDIS";

    private static readonly Lazy<IConnectionMultiplexer> Shared = new(() => Connect(RequiredAddress));

    public static string? Address => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } address ? address : null;

    public static bool OnCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string SkipReason =>
        $"SKIPPED: no Redis. Set {Variable}=127.0.0.1:<port> to a disposable redis-server (bash .ci/run starts one); on CI (CI=true) these tests fail instead.";

    public static string RequiredAddress => Address ?? throw new InvalidOperationException($"{Variable} is not set; CI must start redis-server (see .ci/run).");

    /// <summary>One connection for the whole run (as an app would share one).</summary>
    public static IConnectionMultiplexer Connection => Shared.Value;

    /// <summary>
    /// A connection whose commands give up within a second, so no test hangs when Redis dies; with
    /// <paramref name="failFast"/> commands fail at once while disconnected instead of queueing for that second.
    /// </summary>
    public static ConnectionMultiplexer Connect(string address, bool failFast = false)
    {
        var options = ConfigurationOptions.Parse(address);
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = 1_000;
        options.AsyncTimeout = 1_000;
        options.SyncTimeout = 1_000;
        options.ConnectRetry = 1;
        options.ReconnectRetryPolicy = new LinearRetry(100);
        options.AllowAdmin = true;
        if (failFast)
        {
            options.BacklogPolicy = BacklogPolicy.FailFast;
        }

        return ConnectionMultiplexer.Connect(options);
    }

    /// <summary>A key prefix no other test uses, so every store a test creates starts empty.</summary>
    public static RedisStoreOptions FreshOptions() => new() { KeyPrefix = "podconnect-test:" + Guid.NewGuid().ToString("N") };
}
