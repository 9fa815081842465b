using System.Text.Json.Serialization.Metadata;
using PodConnect.Http;
using PodConnect.TikTokShop.Errors;

namespace PodConnect.TikTokShop.Internal;

/// <summary>Sends a request and unwraps TikTok's envelope; every failure leaves as a <c>PodConnect.Errors</c> exception.</summary>
/// <param name="httpClient">The HTTP client to send with: the named client of the DI pipeline, or the client's own signed pipeline.</param>
/// <param name="timeProvider">The clock.</param>
internal sealed class TikTokShopTransport(Func<HttpClient> httpClient, TimeProvider timeProvider)
{
    public const string HttpClientName = "PodConnect.TikTokShop";

    public TikTokShopErrorFunnel Funnel { get; } = new(timeProvider);

    /// <param name="request">The request (disposed by the caller).</param>
    /// <param name="typeInfo">Source-generated metadata of the envelope.</param>
    /// <param name="dataOptional">Whether <c>data</c> may be absent on success (then an empty <typeparamref name="T"/>).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<T> SendAsync<T>(HttpRequestMessage request, JsonTypeInfo<TikTokEnvelope<T>> typeInfo, bool dataOptional, CancellationToken cancellationToken)
        where T : class, new()
    {
        var http = httpClient();
        using var response = await Funnel.SendAsync(http, request, cancellationToken).ConfigureAwait(false);
        byte[] body;
        try
        {
            body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            throw RemoteErrors.Create(RemoteErrorKind.OutcomeUnknown, new PodConnect.Errors.RemoteErrorDetails(Funnel.Service, (int)response.StatusCode), innerException: ex,
                summary: $"{Funnel.Service} dropped the connection while answering; the outcome is unknown");
        }

        if (!response.IsSuccessStatusCode)
        {
            throw await Funnel.CreateExceptionAsync(response, cancellationToken).ConfigureAwait(false);
        }

        return Read(body, typeInfo, dataOptional, response);
    }

    /// <summary>
    /// Unwraps a 2xx body: the typed data, or a <c>PodConnect.Errors</c> exception for an error code or
    /// a malformed envelope (also the seam the fuzz tests drive).
    /// </summary>
    internal T Read<T>(ReadOnlySpan<byte> body, JsonTypeInfo<TikTokEnvelope<T>> typeInfo, bool dataOptional, HttpResponseMessage? response)
        where T : class, new()
    {
        var envelope = Funnel.Deserialize(body, typeInfo, response);
        if (envelope.Code is not { } code)
        {
            throw Funnel.Malformed(response, "the envelope has no code", null, envelope.RequestId);
        }

        if (code != 0)
        {
            var error = TikTokShopErrorFunnel.ToError(code, envelope.Message, envelope.RequestId);
            throw Funnel.Create(error.Kind ?? RemoteErrorKind.Unknown, response, error);
        }

        if (envelope.Data is null && dataOptional)
        {
            return new T();
        }

        return envelope.Data ?? throw Funnel.Malformed(response, "the envelope has code 0 but no data", null, envelope.RequestId);
    }
}
