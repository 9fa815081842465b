using System.Text.Json;
using PodConnect.Errors;
using PodConnect.Prodigi.Internal;
using PodConnect.Prodigi.Models;
using PodConnect.Prodigi.Serialization;
using PodConnect.Providers;

namespace PodConnect.Prodigi.Webhooks;

/// <summary>
/// Verifies and normalizes Prodigi callbacks. <b>Prodigi signs nothing</b>: the v4.0 API has no signature
/// header and no shared secret. Authenticity therefore rests on a secret of your own that PodConnect
/// puts in each order's <c>callbackUrl</c> (<see cref="ProdigiClientOptions.CallbackSecret"/>, as the query
/// parameter <see cref="ProdigiClientOptions.CallbackSecretParameter"/>) and compares in constant time on
/// arrival. Treat every callback as a hint and re-read the order before acting.
/// </summary>
internal sealed class ProdigiCallbackParser
{
    /// <summary>The prefix of order stage changes; the new stage follows <c>#</c>.</summary>
    public const string StageChangedType = "com.prodigi.order.status.stage.changed";

    /// <summary>The prefix of shipment callbacks (exact strings are not published; UNCONFIRMED).</summary>
    public const string ShipmentsTypePrefix = "com.prodigi.order.shipments";

    private readonly ProdigiClientOptions _options;

    /// <summary>Creates a parser.</summary>
    public ProdigiCallbackParser(ProdigiClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>Verifies the secret, then parses.</summary>
    /// <exception cref="WebhookVerificationException">The secret is missing or wrong, or none is configured.</exception>
    /// <exception cref="MalformedResponseException">The body is not a Prodigi callback.</exception>
    public PodWebhookEvent Parse(PodWebhookRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Verify(request);
        var callback = Deserialize(request.Body.Span);
        return Normalize(callback);
    }

    /// <summary>Parses a body without verifying it (for bodies already verified elsewhere, and for tests).</summary>
    /// <exception cref="MalformedResponseException">The body is not a Prodigi callback.</exception>
    public static ProdigiCallback Deserialize(ReadOnlySpan<byte> body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, ProdigiJsonContext.Default.ProdigiCallback)
                ?? throw Malformed("the body is JSON null", null);
        }
        catch (JsonException e)
        {
            throw Malformed("the body is not a CloudEvents JSON object", e);
        }
    }

    /// <summary>The order a callback carries (<c>data.order</c>, or <c>data</c> itself when it is the order), or <see langword="null"/>.</summary>
    /// <exception cref="MalformedResponseException">The order is not the documented shape.</exception>
    public static ProdigiOrder? OrderOf(ProdigiCallback callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        if (callback.Data is not { ValueKind: JsonValueKind.Object } data)
        {
            return null;
        }

        try
        {
            var element = data.TryGetProperty("order", out var nested) && nested.ValueKind == JsonValueKind.Object ? nested
                : data.TryGetProperty("id", out _) ? data
                : default;
            return element.ValueKind == JsonValueKind.Object ? element.Deserialize(ProdigiJsonContext.Default.ProdigiOrder) : null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // InvalidOperationException: a JsonElement holding invalid UTF-8 or a lone surrogate escape cannot be read as text.
            throw Malformed("'data' holds an order of an undocumented shape", e);
        }
    }

    private void Verify(PodWebhookRequest request)
    {
        if (_options.CallbackSecret is not { Length: > 0 } secret)
        {
            if (_options.AllowUnverifiedWebhooks)
            {
                return;
            }

            throw new WebhookVerificationException(
                "No Prodigi callback secret is configured (ProdigiClientOptions.CallbackSecret); refusing an unverifiable callback. " +
                "Prodigi signs nothing, so PodConnect adds your secret to each order's callbackUrl; set it, or set AllowUnverifiedWebhooks for local experiments.",
                ProdigiClient.ServiceName);
        }

        var received = QueryValue(request.Query, _options.CallbackSecretParameter);
        if (received is null)
        {
            throw new WebhookVerificationException(
                $"The Prodigi callback URL has no '{_options.CallbackSecretParameter}' parameter; orders placed before the secret was configured call back without it.",
                ProdigiClient.ServiceName);
        }

        if (!WebhookSecrets.SecretEquals(received, secret))
        {
            throw new WebhookVerificationException(
                $"The Prodigi callback's '{_options.CallbackSecretParameter}' parameter does not match ProdigiClientOptions.CallbackSecret.",
                ProdigiClient.ServiceName);
        }
    }

    private static PodWebhookEvent Normalize(ProdigiCallback callback)
    {
        if (string.IsNullOrEmpty(callback.Type))
        {
            throw Malformed("the callback has no 'type'", null);
        }

        var order = OrderOf(callback);
        var orderId = order?.Id ?? callback.Subject;
        var key = callback.Id ?? $"{callback.Type}:{orderId}:{callback.Time?.ToUnixTimeMilliseconds()}";
        var common = new PodWebhookEvent(ProdigiClient.ServiceName, callback.Type, PodWebhookEventKind.Other, key)
        {
            ProviderOrderId = orderId,
            ExternalId = order?.MerchantReference,
            OccurredAt = callback.Time,
        };

        var hash = callback.Type.IndexOf('#', StringComparison.Ordinal);
        var name = hash < 0 ? callback.Type : callback.Type[..hash];
        if (string.Equals(name, StageChangedType, StringComparison.OrdinalIgnoreCase))
        {
            var stage = order?.Status?.Stage ?? (hash < 0 ? null : new ProdigiStage(callback.Type[(hash + 1)..]));
            return common with
            {
                Kind = PodWebhookEventKind.OrderStatusChanged,
                Status = order is not null ? ProdigiStatusMapper.Map(order) : stage is { } s ? ProdigiStatusMapper.MapStage(s) : null,
                RawStatus = stage?.Value,
                Shipments = order is null ? [] : ProdigiMapping.ToPodShipments(order),
            };
        }

        if (name.StartsWith(ShipmentsTypePrefix, StringComparison.OrdinalIgnoreCase))
        {
            return common with
            {
                Kind = PodWebhookEventKind.ShipmentUpdated,
                Status = order is null ? null : ProdigiStatusMapper.Map(order),
                RawStatus = order?.Status?.Stage?.Value,
                Shipments = order is null ? [] : ProdigiMapping.ToPodShipments(order),
            };
        }

        return common;
    }

    private static string? QueryValue(string? query, string name)
    {
        if (string.IsNullOrEmpty(query))
        {
            return null;
        }

        foreach (var part in query.TrimStart('?').Split('&'))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            var key = equals < 0 ? part : part[..equals];
            if (string.Equals(Uri.UnescapeDataString(key), name, StringComparison.Ordinal))
            {
                return equals < 0 ? string.Empty : Uri.UnescapeDataString(part[(equals + 1)..].Replace('+', ' '));
            }
        }

        return null;
    }

    private static MalformedResponseException Malformed(string problem, Exception? inner) =>
        new($"The Prodigi callback is not what Prodigi documents: {problem}.", new RemoteErrorDetails(ProdigiClient.ServiceName), inner);
}
