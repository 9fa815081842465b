namespace PodConnect.Providers;

/// <summary>
/// A webhook delivery exactly as received: the raw body bytes (signatures are computed over them, so
/// never re-serialize) and the headers. Header names are matched case-insensitively.
/// </summary>
public sealed class PodWebhookRequest
{
    private readonly Dictionary<string, string> _headers;

    /// <summary>Creates a delivery.</summary>
    /// <param name="body">The raw body bytes.</param>
    /// <param name="headers">The request headers (a multi-valued header as its first value).</param>
    /// <param name="query">The request URL's query string, for providers verified by a URL token.</param>
    public PodWebhookRequest(ReadOnlyMemory<byte> body, IEnumerable<KeyValuePair<string, string>>? headers = null, string? query = null)
    {
        Body = body;
        _headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in headers ?? [])
        {
            _headers.TryAdd(name, value);
        }

        Query = query;
    }

    /// <summary>The raw body.</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>The URL query string, if given (with or without the leading <c>?</c>).</summary>
    public string? Query { get; }

    /// <summary>The value of a header, or <see langword="null"/>.</summary>
    public string? Header(string name) => _headers.TryGetValue(name, out var value) ? value : null;
}
