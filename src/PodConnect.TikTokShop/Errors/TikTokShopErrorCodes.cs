using PodConnect.Http;

namespace PodConnect.TikTokShop.Errors;

/// <summary>
/// TikTok Shop error codes the client recognises, and how each maps to a PodConnect error family.
/// Codes and messages are from TikTok's common-errors page as recorded by public SDKs; where TikTok
/// overloads a code (<c>36009004</c>) the message decides.
/// </summary>
public static class TikTokShopErrorCodes
{
    /// <summary>The access token expired.</summary>
    public const int ExpiredCredentials = 105002;

    /// <summary>The app or token lacks the scope for this API.</summary>
    public const int MissingScope = 105005;

    /// <summary>An invalid <c>x-tts-access-token</c> (or asset cipher).</summary>
    public const int InvalidQueryOrHeader = 101000;

    /// <summary>The <c>sign</c> query parameter is invalid.</summary>
    public const int InvalidSign = 106001;

    /// <summary>The endpoint needs <c>shop_cipher</c>.</summary>
    public const int MissingShopCipher = 106013;

    /// <summary>Too many requests.</summary>
    public const int TooManyRequests = 36009002;

    /// <summary>Internal error; retry idempotent calls.</summary>
    public const int InternalError = 36009003;

    /// <summary>Overloaded code: invalid app key, token, timestamp, unexpected cipher, invalid params… (see message).</summary>
    public const int InvalidRequest = 36009004;

    /// <summary>Request timeout on TikTok's side.</summary>
    public const int RequestTimeout = 36009007;

    /// <summary>The caller's IP is not in the app's allow list.</summary>
    public const int IpNotAllowed = 36009033;

    /// <summary>The auth code is invalid (or already used).</summary>
    public const int InvalidAuthCode = 36004004;

    /// <summary>The refresh token expired: the seller must re-authorize.</summary>
    public const int RefreshTokenExpired = 36004001;

    /// <summary>No authorization record: the seller must re-authorize.</summary>
    public const int AuthRecordNotFound = 36004005;

    /// <summary>The API is not available in this region or business type.</summary>
    public const int RegionNotSupported = 21008106;

    /// <summary>The order or package does not belong to the seller.</summary>
    public const int NotSellersOrder = 21008111;

    /// <summary>The product's status does not allow the operation (e.g. a stock update of a deactivated product).</summary>
    public const int ProductStatusNotAllowed = 12052901;

    /// <summary>The API version in the path is invalid or retired: update <see cref="TikTokShopApiVersions"/>.</summary>
    public const int InvalidVersion = 36009014;

    /// <summary>The family of a TikTok error, from its code and message; <c>null</c> when unknown (the HTTP status decides).</summary>
    public static RemoteErrorKind? Classify(int code, string? message) => code switch
    {
        ExpiredCredentials => RemoteErrorKind.TokenExpired,
        MissingScope or IpNotAllowed or RegionNotSupported => RemoteErrorKind.Permission,
        InvalidQueryOrHeader or InvalidSign or 105001 or 105003 or 105004 => RemoteErrorKind.Authentication,
        InvalidAuthCode or RefreshTokenExpired or AuthRecordNotFound => RemoteErrorKind.Authentication,
        MissingShopCipher => RemoteErrorKind.Validation,
        TooManyRequests => RemoteErrorKind.RateLimited,
        InternalError or RequestTimeout or 10002014 or 10002015 => RemoteErrorKind.Server,
        36009009 or 36009010 or 36009014 or 36009021 or 36009022 or 36009023 => RemoteErrorKind.Validation,
        NotSellersOrder => RemoteErrorKind.NotFound,
        ProductStatusNotAllowed => RemoteErrorKind.Conflict,
        InvalidRequest => ClassifyOverloaded(message),
        _ => null,
    };

    // TikTok says not to branch on 36009004 alone: the message says which check failed.
    private static RemoteErrorKind ClassifyOverloaded(string? message)
    {
        var m = message ?? string.Empty;
        if (m.Contains("expired", StringComparison.OrdinalIgnoreCase) && m.Contains("token", StringComparison.OrdinalIgnoreCase))
        {
            return RemoteErrorKind.TokenExpired;
        }

        if (m.Contains("timestamp", StringComparison.OrdinalIgnoreCase)
            || m.Contains("app_key", StringComparison.OrdinalIgnoreCase)
            || m.Contains("access_token", StringComparison.OrdinalIgnoreCase)
            || m.Contains("signature", StringComparison.OrdinalIgnoreCase)
            || m.Contains("sign ", StringComparison.OrdinalIgnoreCase))
        {
            return RemoteErrorKind.Authentication;
        }

        return RemoteErrorKind.Validation;
    }
}
