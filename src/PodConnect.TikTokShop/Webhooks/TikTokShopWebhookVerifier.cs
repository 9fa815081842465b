using System.Security.Cryptography;
using System.Text;

namespace PodConnect.TikTokShop.Webhooks;

/// <summary>
/// Verifies TikTok Shop webhook deliveries: the <c>Authorization</c> header holds the lower-case hex
/// HMAC-SHA256 (key = app secret) of the app key followed by the raw body. Hash the bytes as
/// received, never re-serialized JSON; the comparison is constant-time.
/// </summary>
public sealed class TikTokShopWebhookVerifier
{
    private readonly byte[] _appKey;
    private readonly byte[] _appSecret;

    /// <summary>Creates a verifier for one app.</summary>
    public TikTokShopWebhookVerifier(string appKey, string appSecret)
    {
        ArgumentException.ThrowIfNullOrEmpty(appKey);
        ArgumentException.ThrowIfNullOrEmpty(appSecret);
        _appKey = Encoding.UTF8.GetBytes(appKey);
        _appSecret = Encoding.UTF8.GetBytes(appSecret);
    }

    /// <summary>Whether <paramref name="authorizationHeader"/> is the signature of <paramref name="rawBody"/>.</summary>
    public bool IsValid(ReadOnlySpan<byte> rawBody, string? authorizationHeader)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return false;
        }

        var received = authorizationHeader.Trim();
        Span<byte> receivedBytes = stackalloc byte[HMACSHA256.HashSizeInBytes];
        if (received.Length != HMACSHA256.HashSizeInBytes * 2
            || Convert.FromHexString(received, receivedBytes, out _, out var written) != System.Buffers.OperationStatus.Done
            || written != receivedBytes.Length)
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        Compute(rawBody, expected);
        return CryptographicOperations.FixedTimeEquals(expected, receivedBytes);
    }

    /// <summary>The signature TikTok would send for <paramref name="rawBody"/> (for tests and fakes).</summary>
    public string Sign(ReadOnlySpan<byte> rawBody)
    {
        Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
        Compute(rawBody, hash);
        return Convert.ToHexStringLower(hash);
    }

    private void Compute(ReadOnlySpan<byte> rawBody, Span<byte> destination)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _appSecret);
        hmac.AppendData(_appKey);
        hmac.AppendData(rawBody);
        hmac.GetHashAndReset(destination);
    }
}
