using System.Text;

namespace PodConnect.Testing.Common;

/// <summary>
/// One request a fake received, as it came over the wire, with the answer the fake gave — the one
/// request log type of every fake. Listed on arrival (before it is answered), so a test can see a
/// request whose answer is still held back or was lost; <see cref="ResponseStatus"/> and
/// <see cref="ResponseBody"/> are filled in once it is answered.
/// </summary>
public sealed class FakeRequest
{
    private readonly Dictionary<string, IReadOnlyList<string>> _headers;
    private volatile Answer? _answer;

    /// <summary>Creates an entry.</summary>
    /// <param name="method">HTTP method, upper case.</param>
    /// <param name="path">The path, without the query.</param>
    /// <param name="rawQuery">The query as sent (with or without the leading <c>?</c>), or <see langword="null"/>.</param>
    /// <param name="headers">The headers; names compare case-insensitively.</param>
    /// <param name="body">The exact body bytes.</param>
    public FakeRequest(string method, string path, string? rawQuery, IEnumerable<KeyValuePair<string, IReadOnlyList<string>>> headers, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(body);
        Method = method.ToUpperInvariant();
        Path = path;
        RawQuery = string.IsNullOrEmpty(rawQuery) ? null : rawQuery.TrimStart('?');
        Query = ParseQuery(RawQuery);
        _headers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in headers)
        {
            _headers[name] = values;
        }

        Body = body;
    }

    /// <summary>HTTP method, upper case.</summary>
    public string Method { get; }

    /// <summary>The path, without the query.</summary>
    public string Path { get; }

    /// <summary>The query as sent, without the leading <c>?</c>; <see langword="null"/> when there was none.</summary>
    public string? RawQuery { get; }

    /// <summary>Decoded query parameters, in the order sent.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Query { get; }

    /// <summary>The headers (names compare case-insensitively).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers => _headers;

    /// <summary>The exact body bytes (empty when there was none).</summary>
    public byte[] Body { get; }

    /// <summary>The body as UTF-8 text.</summary>
    public string BodyText => Encoding.UTF8.GetString(Body);

    /// <summary>The <c>Content-Type</c> header, or <see langword="null"/>.</summary>
    public string? ContentType => Header("Content-Type");

    /// <summary>The HTTP status the fake answered; <see langword="null"/> while unanswered or when the connection was dropped.</summary>
    public int? ResponseStatus => _answer?.Status;

    /// <summary>The body the fake answered, or <see langword="null"/>.</summary>
    public string? ResponseBody => _answer?.Body;

    /// <summary>The first value of a query parameter, or <see langword="null"/>.</summary>
    /// <param name="name">The parameter.</param>
    public string? QueryValue(string name) => Query.FirstOrDefault(p => p.Key == name).Value;

    /// <summary>The first value of a header, or <see langword="null"/>.</summary>
    /// <param name="name">The header (any case).</param>
    public string? Header(string name) => _headers.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;

    /// <summary>Whether this is <paramref name="method"/> on exactly <paramref name="path"/>.</summary>
    /// <param name="method">HTTP method (any case).</param>
    /// <param name="path">The exact path.</param>
    public bool Is(string method, string path) =>
        string.Equals(Method, method, StringComparison.OrdinalIgnoreCase) && string.Equals(Path, path, StringComparison.Ordinal);

    /// <inheritdoc />
    public override string ToString() => RawQuery is null ? $"{Method} {Path}" : $"{Method} {Path}?{RawQuery}";

    /// <summary>Whether the fake processed it (set before any fault delay or drop).</summary>
    internal bool IsHandled { get; set; }

    internal void Answered(int status, string? body) => _answer = new Answer(status, body);

    private static List<KeyValuePair<string, string>> ParseQuery(string? rawQuery)
    {
        var result = new List<KeyValuePair<string, string>>();
        foreach (var part in (rawQuery ?? string.Empty).Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var cut = part.IndexOf('=', StringComparison.Ordinal);
            var key = cut < 0 ? part : part[..cut];
            var value = cut < 0 ? string.Empty : part[(cut + 1)..];
            result.Add(new(Uri.UnescapeDataString(key.Replace('+', ' ')), Uri.UnescapeDataString(value.Replace('+', ' '))));
        }

        return result;
    }

    private sealed record Answer(int Status, string? Body);
}
