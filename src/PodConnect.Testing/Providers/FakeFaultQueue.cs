using PodConnect.Testing.Common;
using WireMock;

namespace PodConnect.Testing.Providers;

/// <summary>
/// Faults (the shared <see cref="Fault"/> vocabulary) waiting for the requests they match, each used a
/// set number of times, first in first out. Unlike the shared <see cref="FaultInjector"/>, which
/// matches path prefixes, a path here is exact unless it ends in <c>*</c>: Gelato's create
/// (<c>POST /v4/orders</c>) must be targetable without also hitting <c>POST /v4/orders:search</c>.
/// </summary>
internal sealed class FakeFaultQueue
{
    private readonly Lock _gate = new();
    private readonly List<Entry> _entries = [];

    /// <param name="fault">The fault.</param>
    /// <param name="method">An HTTP method, or <c>*</c>.</param>
    /// <param name="path">The exact path, or a prefix ending in <c>*</c>.</param>
    /// <param name="times">How many matching requests get it.</param>
    public void Add(Fault fault, string method, string path, int times)
    {
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(times);
        lock (_gate)
        {
            _entries.Add(new Entry(fault, method, path, times));
        }
    }

    public Fault? Take(IRequestMessage request)
    {
        lock (_gate)
        {
            foreach (var entry in _entries)
            {
                if ((entry.Method == "*" || string.Equals(entry.Method, request.Method, StringComparison.OrdinalIgnoreCase))
                    && Matches(entry.Path, request.Path))
                {
                    entry.Remaining--;
                    if (entry.Remaining == 0)
                    {
                        _entries.Remove(entry);
                    }

                    return entry.Fault;
                }
            }

            return null;
        }
    }

    private static bool Matches(string pattern, string path) =>
        pattern.EndsWith('*')
            ? path.StartsWith(pattern[..^1], StringComparison.Ordinal)
            : string.Equals(pattern, path, StringComparison.Ordinal);

    private sealed class Entry(Fault fault, string method, string path, int times)
    {
        public Fault Fault { get; } = fault;

        public string Method { get; } = method;

        public string Path { get; } = path;

        public int Remaining { get; set; } = times;
    }
}
