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

    /// <summary>Fails the next <paramref name="times"/> requests matching <paramref name="pathPrefix"/> (and <paramref name="method"/>, if given).</summary>
    public void Add(Fault fault, string pathPrefix = "/", int times = 1, HttpMethod? method = null)
    {
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        lock (_gate)
        {
            _entries.Add(new Entry(fault, pathPrefix, method?.Method, times));
        }
    }

    /// <summary>Removes every pending fault.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }

    /// <summary>Takes the fault for this request, if one is pending.</summary>
    public Fault? TryTake(string method, string path)
    {
        lock (_gate)
        {
            var entry = _entries.Find(e => path.StartsWith(e.PathPrefix, StringComparison.Ordinal)
                && (e.Method is null || string.Equals(e.Method, method, StringComparison.OrdinalIgnoreCase)));
            if (entry is null)
            {
                return null;
            }

            if (--entry.Remaining == 0)
            {
                _entries.Remove(entry);
            }

            return entry.Fault;
        }
    }

    private sealed class Entry(Fault fault, string pathPrefix, string? method, int remaining)
    {
        public Fault Fault { get; } = fault;

        public string PathPrefix { get; } = pathPrefix;

        public string? Method { get; } = method;

        public int Remaining { get; set; } = remaining;
    }
}
