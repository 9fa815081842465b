using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Http;

namespace PodConnect.AspNetCore.Webhooks;

/// <summary>
/// Reads a request body once into one array, exactly as sent (signatures are computed over these bytes),
/// and stops as soon as it grows past the limit instead of buffering an attacker's gigabytes.
/// </summary>
internal static class WebhookBodyReader
{
    /// <summary>The body, or <see langword="null"/> when it is larger than <paramref name="maxBytes"/>.</summary>
    public static async ValueTask<byte[]?> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        var reader = request.BodyReader;
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            var buffer = result.Buffer;
            if (buffer.Length > maxBytes)
            {
                reader.AdvanceTo(buffer.End);
                return null;
            }

            if (result.IsCompleted || result.IsCanceled)
            {
                var body = buffer.IsEmpty ? [] : buffer.ToArray();
                reader.AdvanceTo(buffer.End);
                return body;
            }

            // Nothing consumed, everything examined: the next read returns the whole body so far plus more.
            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }
}
