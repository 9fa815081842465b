using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PodConnect.Testing.TikTokShop;

/// <summary>
/// The fake's own implementation of TikTok's request signature, written apart from the client's
/// signer (different structure on purpose: string building, LINQ ordering, an HMAC instance) so that
/// one cannot hide a mistake of the other.
/// </summary>
internal static class FakeTikTokSignatureCheck
{
    /// <summary>Parses a raw query string (<c>a=1&amp;b=x%2By</c>) into decoded pairs, in order.</summary>
    public static List<(string Key, string Value)> ParseRawQuery(string? rawQuery)
    {
        var result = new List<(string, string)>();
        if (string.IsNullOrEmpty(rawQuery))
        {
            return result;
        }

        foreach (var part in rawQuery.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var cut = part.IndexOf('=', StringComparison.Ordinal);
            var key = cut < 0 ? part : part[..cut];
            var value = cut < 0 ? string.Empty : part[(cut + 1)..];
            result.Add((Uri.UnescapeDataString(key), Uri.UnescapeDataString(value)));
        }

        return result;
    }

    /// <summary>Whether the body is an empty JSON object (<c>{}</c>, whitespace allowed), written apart from the client's check.</summary>
    public static bool IsEmptyObject(byte[] body)
    {
        var text = Encoding.UTF8.GetString(body).Trim();
        return text.StartsWith('{') && text.EndsWith('}') && text[1..^1].Trim().Length == 0 && text.Length >= 2;
    }

    /// <summary>What TikTok would expect in <c>sign</c>.</summary>
    public static string Expected(string appSecret, string path, IEnumerable<(string Key, string Value)> query, byte[] body, string? contentType)
    {
        var text = new StringBuilder();
        text.Append(appSecret).Append(path);
        foreach (var (key, value) in query
                     .Where(p => p.Key != "sign" && p.Key != "access_token" && p.Value.Length > 0)
                     .OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(key).Append(value);
        }

        var prefix = Encoding.UTF8.GetBytes(text.ToString());
        var suffix = Encoding.UTF8.GetBytes(appSecret);
        var signBody = body.Length > 0 && !(contentType ?? string.Empty).Contains("multipart/form-data", StringComparison.OrdinalIgnoreCase);
        var message = new byte[prefix.Length + (signBody ? body.Length : 0) + suffix.Length];
        prefix.CopyTo(message, 0);
        if (signBody)
        {
            body.CopyTo(message, prefix.Length);
        }

        suffix.CopyTo(message, message.Length - suffix.Length);
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(appSecret));
        var digest = hmac.ComputeHash(message);
        var hex = new StringBuilder(digest.Length * 2);
        foreach (var b in digest)
        {
            hex.Append(b.ToString("x2", CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }
}
