using Microsoft.Extensions.Logging;

namespace PodConnect.TikTokShop.Internal;

/// <summary>Source-generated log messages. None carries a token, secret or signature.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Refreshed the TikTok Shop access token of seller {SellerId}; it now expires at {ExpiresAt:O}.")]
    public static partial void TokenRefreshed(ILogger logger, string sellerId, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "TikTok Shop rejected the access token of seller {SellerId} as expired before its time; refreshing and repeating the call once.")]
    public static partial void TokenRejected(ILogger logger, string sellerId);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Mark-as-shipped of TikTok Shop order {OrderId} lost its answer ({Reason}); the re-read order shows it {Outcome}.")]
    public static partial void MarkShippedOutcomeUnknown(ILogger logger, string orderId, string reason, string outcome);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "TikTok Shop throttled {Api} (refused unprocessed); sending it again in {Delay} (try {Attempt}).")]
    public static partial void ThrottledResend(ILogger logger, string api, TimeSpan delay, int attempt);
}
