using System.Collections.Frozen;
using System.Net;

namespace PodConnect.Http.Reachability;

/// <summary>
/// The last success and the current run of failures of every remote API PodConnect calls (TikTok Shop and each
/// provider), fed once at the shared HTTP layer: every client registered with PodConnect's resilience pipeline
/// reports each call's final outcome (after retries) without code of its own. Resolve it from DI; health checks
/// read it. A call counts as a success when the API answered anything but 401, 403, 408, 429 or 5xx (a 404 or
/// a validation error still shows the API serving this app); a call the caller cancelled counts as nothing.
/// </summary>
public sealed class RemoteApiMonitor
{
    private readonly FrozenDictionary<string, Entry> _apis;

    /// <summary>Creates a monitor of the named APIs (DI does this from the registered clients).</summary>
    /// <param name="apis">The API names.</param>
    public RemoteApiMonitor(IEnumerable<string> apis)
    {
        ArgumentNullException.ThrowIfNull(apis);
        _apis = apis.Distinct(StringComparer.Ordinal).ToFrozenDictionary(a => a, a => new Entry(a), StringComparer.Ordinal);
        Apis = [.. _apis.Keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>The APIs registered, e.g. <c>gelato</c>, <c>tiktokshop</c>.</summary>
    public IReadOnlyList<string> Apis { get; }

    /// <summary>What the calls to <paramref name="api"/> have seen.</summary>
    /// <param name="api">One of <see cref="Apis"/>.</param>
    /// <exception cref="KeyNotFoundException">No API of that name is registered.</exception>
    public RemoteApiStatus GetStatus(string api)
    {
        ArgumentNullException.ThrowIfNull(api);
        return _apis.TryGetValue(api, out var entry) ? entry.Snapshot() : throw new KeyNotFoundException($"No remote API named '{api}' is registered; registered: {string.Join(", ", Apis)}.");
    }

    /// <summary>Classifies a response: <see cref="RemoteApiFailure.None"/> when it shows the API serving this app.</summary>
    internal static RemoteApiFailure Classify(HttpStatusCode status) => status switch
    {
        HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => RemoteApiFailure.Unauthorized,
        HttpStatusCode.RequestTimeout => RemoteApiFailure.Timeout,
        HttpStatusCode.TooManyRequests => RemoteApiFailure.Throttled,
        >= HttpStatusCode.InternalServerError => RemoteApiFailure.ServerError,
        _ => RemoteApiFailure.None,
    };

    internal void Record(string api, DateTimeOffset at, RemoteApiFailure failure)
    {
        if (_apis.TryGetValue(api, out var entry))
        {
            entry.Record(at, failure);
        }
    }

    /// <summary>One API's state; a lock per API keeps a call's update to a few field writes, with no allocation.</summary>
    private sealed class Entry(string api)
    {
        private readonly Lock _gate = new();
        private DateTimeOffset? _lastSuccess;
        private DateTimeOffset? _lastFailure;
        private DateTimeOffset? _failingSince;
        private int _failures;
        private RemoteApiFailure _kind;

        public void Record(DateTimeOffset at, RemoteApiFailure failure)
        {
            lock (_gate)
            {
                if (failure == RemoteApiFailure.None)
                {
                    _lastSuccess = at;
                    _failingSince = null;
                    _failures = 0;
                    return;
                }

                _lastFailure = at;
                _failingSince ??= at;
                _failures++;
                _kind = failure;
            }
        }

        public RemoteApiStatus Snapshot()
        {
            lock (_gate)
            {
                return new RemoteApiStatus(api, _lastSuccess, _lastFailure, _failingSince, _failures, _kind);
            }
        }
    }
}
