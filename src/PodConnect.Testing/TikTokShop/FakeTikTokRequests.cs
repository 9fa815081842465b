using System.Text.Json;
using PodConnect.Testing.Common;

namespace PodConnect.Testing.TikTokShop;

/// <summary>What TikTok-specific a <see cref="FakeRequest"/> to <see cref="FakeTikTokShop"/> can tell.</summary>
public static class FakeTikTokRequests
{
    /// <summary>
    /// The <c>code</c> of TikTok's envelope the fake answered with (0 = success); <see langword="null"/> while
    /// unanswered, when the connection was dropped, or when the answer was not an envelope (a malformed-body fault).
    /// </summary>
    /// <param name="request">A request <see cref="FakeTikTokShop"/> received.</param>
    public static int? TikTokCode(this FakeRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ResponseBody is not { Length: > 0 } body)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("code", out var code)
                && code.TryGetInt32(out var value) ? value : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
