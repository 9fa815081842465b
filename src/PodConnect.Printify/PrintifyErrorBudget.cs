namespace PodConnect.Printify;

/// <summary>
/// Printify's rule that error responses may not exceed 5% of all requests (per account), measured over a
/// rolling ten minutes. Every Printify response of the process is counted here (4xx and 5xx are errors;
/// a 429 too). PodConnect keeps its own share low by design (lookups never probe for 404s, cancel
/// checks the status first, field rules refuse bad orders before sending); this makes the share visible
/// and logs a warning when it crosses the limit. Thread-safe.
/// </summary>
public sealed class PrintifyErrorBudget
{
    /// <summary>The window the share is measured over.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private const int Buckets = 10;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private readonly long[] _minute = new long[Buckets];
    private readonly int[] _requests = new int[Buckets];
    private readonly int[] _errors = new int[Buckets];

    /// <summary>Creates a budget on a clock.</summary>
    public PrintifyErrorBudget(TimeProvider timeProvider, double maxErrorRate = 0.05)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxErrorRate);
        _time = timeProvider;
        MaxErrorRate = maxErrorRate;
    }

    /// <summary>The largest acceptable share of errors.</summary>
    public double MaxErrorRate { get; }

    /// <summary>The fewest requests in the window before the share is judged (a single early error is not 100%).</summary>
    public int MinimumRequests { get; init; } = 20;

    /// <summary>Requests and errors in the window.</summary>
    public (int Requests, int Errors) Totals
    {
        get
        {
            lock (_gate)
            {
                var now = Minute();
                int requests = 0, errors = 0;
                for (var i = 0; i < Buckets; i++)
                {
                    if (now - _minute[i] < Buckets)
                    {
                        requests += _requests[i];
                        errors += _errors[i];
                    }
                }

                return (requests, errors);
            }
        }
    }

    /// <summary>The share of errors in the window (0 when there were no requests).</summary>
    public double ErrorRate
    {
        get
        {
            var (requests, errors) = Totals;
            return requests == 0 ? 0 : (double)errors / requests;
        }
    }

    /// <summary>Whether the share is above <see cref="MaxErrorRate"/> (with at least <see cref="MinimumRequests"/> requests).</summary>
    public bool IsExceeded
    {
        get
        {
            var (requests, errors) = Totals;
            return requests >= MinimumRequests && (double)errors / requests > MaxErrorRate;
        }
    }

    /// <summary>Counts a response. Returns <see langword="true"/> when this response took the share over the limit.</summary>
    public bool Record(bool isError)
    {
        var wasExceeded = IsExceeded;
        lock (_gate)
        {
            var now = Minute();
            var slot = (int)(now % Buckets);
            if (_minute[slot] != now)
            {
                _minute[slot] = now;
                _requests[slot] = 0;
                _errors[slot] = 0;
            }

            _requests[slot]++;
            if (isError)
            {
                _errors[slot]++;
            }
        }

        return !wasExceeded && IsExceeded;
    }

    private long Minute() => _time.GetUtcNow().ToUnixTimeSeconds() / 60;
}
