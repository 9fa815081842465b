using System.Security.Cryptography;
using System.Text;

namespace PodConnect.Providers;

/// <summary>Constant-time helpers for verifying webhook secrets and HMAC signatures over raw bytes.</summary>
public static class WebhookSecrets
{
    /// <summary>Compares a received shared secret with the expected one in constant time (for their length).</summary>
    public static bool SecretEquals(string? received, string expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        if (received is null)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(received), Encoding.UTF8.GetBytes(expected));
    }

    /// <summary>
    /// Checks a hex HMAC-SHA256 signature of <paramref name="body"/> under <paramref name="key"/>, in
    /// constant time. A signature that is not hex, or of the wrong length, is simply not valid.
    /// </summary>
    public static bool HmacSha256HexEquals(ReadOnlySpan<byte> key, ReadOnlySpan<byte> body, string? hexSignature)
    {
        if (string.IsNullOrWhiteSpace(hexSignature))
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(key, body, expected);
        Span<byte> received = stackalloc byte[HMACSHA256.HashSizeInBytes];
        var trimmed = hexSignature.Trim();
        if (trimmed.Length != HMACSHA256.HashSizeInBytes * 2
            || Convert.FromHexString(trimmed, received, out _, out var written) != System.Buffers.OperationStatus.Done
            || written != HMACSHA256.HashSizeInBytes)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(expected, received);
    }

    /// <summary>Computes the lower-case hex HMAC-SHA256 of <paramref name="body"/> (for fakes and tests that sign deliveries).</summary>
    public static string HmacSha256Hex(ReadOnlySpan<byte> key, ReadOnlySpan<byte> body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, body));
}
