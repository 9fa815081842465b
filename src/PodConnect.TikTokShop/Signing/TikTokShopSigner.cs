using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace PodConnect.TikTokShop.Signing;

/// <summary>
/// Computes the <c>sign</c> query parameter of a TikTok Shop Open API request (HMAC-SHA256, as in
/// TikTok's "Sign your API request" guide). Usable on its own for endpoints the client does not wrap.
/// <para>The string signed is <c>secret + path + k1v1k2v2… (sorted by key, ordinal; without <c>sign</c>,
/// <c>access_token</c> and empty values) + body + secret</c>, keyed with the app secret, as lower-case
/// hex. Values are the decoded ones (before percent-encoding); array values are comma-joined by the
/// caller, exactly as sent. The body is the exact bytes sent (pass empty for GET and multipart); a body
/// that is an empty JSON object (<c>{}</c>, whitespace allowed) is left out of the signed string but
/// still sent, as TikTok's official SDKs do (the Node SDK skips a body object without keys).</para>
/// </summary>
public static class TikTokShopSigner
{
    private const int StackLimit = 512;

    // One keyed HMAC per thread, reused: creating the native HMAC context costs about as much as
    // hashing a typical request. Rebuilt when a different secret is used on the thread.
    [ThreadStatic]
    private static IncrementalHash? t_hmac;

    [ThreadStatic]
    private static string? t_hmacSecret;

    /// <summary>Signs a request.</summary>
    /// <param name="appSecret">The app secret from Partner Center.</param>
    /// <param name="path">The request path, e.g. <c>/order/202309/orders/search</c> (no host, no query).</param>
    /// <param name="query">All query parameters (those excluded from the signature are skipped here).</param>
    /// <param name="body">The exact body bytes sent; empty when there is no body or it is multipart.</param>
    /// <returns>The lower-case hex HMAC-SHA256.</returns>
    public static string Sign(string appSecret, string path, IEnumerable<KeyValuePair<string, string?>> query, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(query);
        var list = query as KeyValuePair<string, string?>[] ?? query.ToArray();
        return Sign(appSecret, path, list.AsSpan(), body);
    }

    /// <summary>Signs a request (allocation-light overload; <paramref name="query"/> is not modified).</summary>
    /// <inheritdoc cref="Sign(string, string, IEnumerable{KeyValuePair{string, string}}, ReadOnlySpan{byte})"/>
    public static string Sign(string appSecret, string path, ReadOnlySpan<KeyValuePair<string, string?>> query, ReadOnlySpan<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(appSecret);
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (IsEmptyJsonObject(body))
        {
            body = [];
        }

        // Sort indices, not the caller's pairs: stays allocation-free for typical queries (≤ 16 params).
        Span<int> order = query.Length <= 16 ? stackalloc int[query.Length] : new int[query.Length];
        var count = 0;
        var length = path.Length;
        for (var i = 0; i < query.Length; i++)
        {
            var (key, value) = (query[i].Key, query[i].Value);
            if (string.IsNullOrEmpty(value) || key is "sign" or "access_token")
            {
                continue;
            }

            order[count++] = i;
            length += key.Length + value.Length;
        }

        order = order[..count];
        for (var i = 1; i < order.Length; i++)
        {
            // Insertion sort: a request has a handful of parameters.
            var current = order[i];
            var j = i - 1;
            while (j >= 0 && string.CompareOrdinal(query[order[j]].Key, query[current].Key) > 0)
            {
                order[j + 1] = order[j];
                j--;
            }

            order[j + 1] = current;
        }

        var secretBytes = Encoding.UTF8.GetMaxByteCount(appSecret.Length);
        var maxBytes = Encoding.UTF8.GetMaxByteCount(length) + (2 * secretBytes) + body.Length;
        byte[]? rented = null;
        Span<byte> message = maxBytes <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(maxBytes));
        try
        {
            var secretLength = Encoding.UTF8.GetBytes(appSecret, message);
            var written = secretLength;
            written += Encoding.UTF8.GetBytes(path, message[written..]);
            foreach (var index in order)
            {
                written += Encoding.UTF8.GetBytes(query[index].Key, message[written..]);
                written += Encoding.UTF8.GetBytes(query[index].Value!, message[written..]);
            }

            body.CopyTo(message[written..]);
            written += body.Length;
            message[..secretLength].CopyTo(message[written..]);
            written += secretLength;

            Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
            var hmac = KeyedHmac(appSecret, message[..secretLength]);
            hmac.AppendData(message[..written]);
            hmac.GetHashAndReset(hash);
            return Convert.ToHexStringLower(hash);
        }
        catch
        {
            // Never leave half-fed data in the cached HMAC.
            t_hmac?.Dispose();
            t_hmac = null;
            t_hmacSecret = null;
            throw;
        }
        finally
        {
            if (rented is not null)
            {
                CryptographicOperations.ZeroMemory(rented);
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Whether <paramref name="body"/> is <c>{}</c>, possibly with JSON whitespace around or inside.</summary>
    internal static bool IsEmptyJsonObject(ReadOnlySpan<byte> body)
    {
        var trimmed = body.Trim(" \t\r\n"u8);
        return trimmed.Length >= 2 && trimmed[0] == (byte)'{' && trimmed[^1] == (byte)'}' && trimmed[1..^1].Trim(" \t\r\n"u8).IsEmpty;
    }

    private static IncrementalHash KeyedHmac(string appSecret, ReadOnlySpan<byte> secretBytes)
    {
        if (t_hmac is null || !string.Equals(t_hmacSecret, appSecret, StringComparison.Ordinal))
        {
            t_hmac?.Dispose();
            t_hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, secretBytes);
            t_hmacSecret = appSecret;
        }

        return t_hmac;
    }
}
