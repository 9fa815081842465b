using PodConnect.Errors;

namespace PodConnect.Testing.InProcess;

/// <summary>
/// Seeded, thread-safe fault dice for the in-process fakes: a share of calls fails with a 5xx, a 429 with
/// Retry-After, a dropped connection before sending, or — for calls that act — an answer lost after the
/// action took effect (<see cref="OutcomeUnknownException"/>).
/// </summary>
public sealed class InProcessFaults
{
    private readonly Lock _gate = new();
    private readonly Random _random;

    /// <summary>Creates dice with a seed, so a failing run can be repeated exactly.</summary>
    public InProcessFaults(int seed) => _random = new Random(seed);

    /// <summary>The share of calls that fail, 0 to 1 (default 0).</summary>
    public double FailureRate { get; set; }

    /// <summary>Faults injected so far, by kind.</summary>
    public IReadOnlyDictionary<string, int> Injected
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<string, int>(_injected);
            }
        }
    }

    private readonly Dictionary<string, int> _injected = new(StringComparer.Ordinal);

    /// <summary>Throws before the call takes effect, or returns whether to lose the answer after it took effect (only when <paramref name="acts"/>).</summary>
    internal bool Roll(string service, bool acts)
    {
        int kind;
        lock (_gate)
        {
            if (FailureRate <= 0 || _random.NextDouble() >= FailureRate)
            {
                return false;
            }

            kind = _random.Next(acts ? 4 : 3);
            var name = kind switch { 0 => "5xx", 1 => "429", 2 => "reset", _ => "timeout-after-accept" };
            _injected[name] = _injected.GetValueOrDefault(name) + 1;
        }

        var details = new RemoteErrorDetails(service);
        return kind switch
        {
            0 => throw new ServerException($"{service} answered 503 (injected).", details with { StatusCode = 503 }),
            1 => throw new RateLimitedException($"{service} answered 429 (injected).", TimeSpan.FromSeconds(30), details with { StatusCode = 429 }),
            2 => throw new HttpRequestException($"{service}: connection reset before sending (injected)."),
            _ => true,
        };
    }

    /// <summary>The exception for an answer lost after the call took effect.</summary>
    internal static OutcomeUnknownException Lost(string service) =>
        new($"{service}: the connection dropped after the request was sent (injected).", new RemoteErrorDetails(service));
}
