namespace PodConnect.Testing.Common;

/// <summary>
/// A thread-safe queue of faults for a fake server: each fault applies to the next N requests whose
/// method and path match, then normal service resumes.
/// </summary>
public sealed class FaultInjector
{
    internal static readonly AsyncLocal<Fault?> CurrentFault = new();

    private readonly object _gate = new();

    /// <summary>
    /// The fault taken for the request being served (set by <see cref="LoopbackWireMock.Start"/> when it
    /// was given this injector; flows into WireMock callbacks). Null when the request is served normally.
    /// </summary>
    public static Fault? Current => CurrentFault.Value;
    private readonly List<Entry> _entries = [];
    private RandomFaults? _random;
    private int _taken;

    /// <summary>
    /// Fails the next <paramref name="times"/> requests whose path starts with <paramref name="pathPrefix"/>
    /// (or equals it, with <paramref name="exactPath"/>: Gelato's create <c>POST /v4/orders</c> must be
    /// targetable without also hitting <c>POST /v4/orders:search</c>), and whose method is
    /// <paramref name="method"/>, if given. Faults wait first in, first out.
    /// </summary>
    /// <param name="fault">The fault (<see cref="Fault.ServerError"/>, <see cref="Fault.ProcessThenDropConnection"/>…).</param>
    /// <param name="pathPrefix">The path (prefix) to match.</param>
    /// <param name="times">How many matching requests get it.</param>
    /// <param name="method">Only this method; any when <see langword="null"/>.</param>
    /// <param name="exactPath">Match the path exactly instead of as a prefix.</param>
    public void Add(Fault fault, string pathPrefix = "/", int times = 1, HttpMethod? method = null, bool exactPath = false)
    {
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentNullException.ThrowIfNull(pathPrefix);
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        lock (_gate)
        {
            _entries.Add(new Entry(fault, pathPrefix, method?.Method, times, exactPath));
        }
    }

    /// <summary>
    /// From now on, each request that no queued fault (<see cref="Add"/>) matches fails with probability
    /// <paramref name="rate"/>, with one of <paramref name="faults"/> drawn uniformly; the draws come from
    /// <paramref name="seed"/>, so the same requests in the same order get the same faults. A rate of 0
    /// turns it off. Queued faults still come first.
    /// </summary>
    /// <param name="rate">The share of requests to fail, from 0 to 1.</param>
    /// <param name="faults">The faults to draw from (at least one).</param>
    /// <param name="seed">The seed of the draws.</param>
    public void FailAtRate(double rate, IReadOnlyList<Fault> faults, int seed = 0)
    {
        ArgumentNullException.ThrowIfNull(faults);
        ArgumentOutOfRangeException.ThrowIfLessThan(rate, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rate, 1);
        if (rate > 0 && faults.Count == 0)
        {
            throw new ArgumentException("At least one fault is needed to fail requests at a rate.", nameof(faults));
        }

        lock (_gate)
        {
            _random = rate > 0 ? new RandomFaults(rate, [.. faults], new Random(seed)) : null;
        }
    }

    /// <summary>How many requests have taken a fault so far (queued or drawn at a rate).</summary>
    public int Taken => Volatile.Read(ref _taken);

    /// <summary>Removes every pending fault and stops failing at a rate.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
            _random = null;
        }
    }

    /// <summary>Takes the fault for this request, if one is pending.</summary>
    public Fault? TryTake(string method, string path)
    {
        lock (_gate)
        {
            var entry = _entries.Find(e => (e.ExactPath ? string.Equals(path, e.PathPrefix, StringComparison.Ordinal) : path.StartsWith(e.PathPrefix, StringComparison.Ordinal))
                && (e.Method is null || string.Equals(e.Method, method, StringComparison.OrdinalIgnoreCase)));
            if (entry is null)
            {
                var drawn = _random?.Draw();
                if (drawn is not null)
                {
                    _taken++;
                }

                return drawn;
            }

            if (--entry.Remaining == 0)
            {
                _entries.Remove(entry);
            }

            _taken++;
            return entry.Fault;
        }
    }

    private sealed class Entry(Fault fault, string pathPrefix, string? method, int remaining, bool exactPath)
    {
        public bool ExactPath { get; } = exactPath;

        public Fault Fault { get; } = fault;

        public string PathPrefix { get; } = pathPrefix;

        public string? Method { get; } = method;

        public int Remaining { get; set; } = remaining;
    }

    private sealed class RandomFaults(double rate, Fault[] faults, Random random)
    {
        public Fault? Draw() => random.NextDouble() < rate ? faults[random.Next(faults.Length)] : null;
    }
}
