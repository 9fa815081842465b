namespace PodConnect.TikTokShop.Internal;

/// <summary>Every Open API and token response: <c>{code, message, request_id, data}</c>; success is <c>code == 0</c>.</summary>
internal sealed class TikTokEnvelope<T>
    where T : class, new()
{
    public int? Code { get; init; }

    public string? Message { get; init; }

    public string? RequestId { get; init; }

    public T? Data { get; init; }
}

