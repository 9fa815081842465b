namespace PodConnect.Testing.TikTokShop;

/// <summary>A request the fake received, for assertions (the access token is not kept).</summary>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Path.</param>
/// <param name="Query">Decoded query parameters, in the order sent.</param>
/// <param name="Body">The exact body bytes.</param>
/// <param name="ContentType">The Content-Type header.</param>
/// <param name="ErrorCode">The TikTok code the fake answered (0 = success), or null when a fault answered.</param>
public sealed record FakeTikTokRequest(
    string Method,
    string Path,
    IReadOnlyList<(string Key, string Value)> Query,
    byte[] Body,
    string? ContentType,
    int? ErrorCode)
{
    /// <summary>The first value of a query parameter, or null.</summary>
    public string? QueryValue(string key) => Query.FirstOrDefault(p => p.Key == key).Value;
}
