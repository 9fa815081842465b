using System.Text;
using System.Text.Json;
using PodConnect.Errors;
using PodConnect.Printify.Internal;
using PodConnect.Printify.Serialization;
using PodConnect.Providers;

namespace PodConnect.Printify.Webhooks;

/// <summary>
/// Verifies and normalizes Printify webhooks. A subscription created with a <c>secret</c> is signed:
/// <c>X-Pfy-Signature: sha256=&lt;hex HMAC-SHA256 of the raw body under the secret&gt;</c>, compared in
/// constant time over the exact bytes received. Topics: <c>order:created</c>, <c>order:updated</c>,
/// <c>order:sent-to-production</c>, <c>order:shipment:created</c>, <c>order:shipment:delivered</c>; others
/// parse to <see cref="PodWebhookEventKind.Other"/>.
/// </summary>
internal sealed class PrintifyWebhookParser
{
    /// <summary>The signature header.</summary>
    public const string SignatureHeader = "X-Pfy-Signature";

    private const string Prefix = "sha256=";
    private readonly PrintifyClientOptions _options;

    /// <summary>Creates a parser.</summary>
    public PrintifyWebhookParser(PrintifyClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>Verifies the signature, then parses.</summary>
    /// <exception cref="WebhookVerificationException">The signature is missing or wrong, or no secret is configured.</exception>
    /// <exception cref="MalformedResponseException">The body is not a Printify event.</exception>
    public PodWebhookEvent Parse(PodWebhookRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Verify(request);
        return Normalize(Deserialize(request.Body.Span));
    }

    /// <summary>The signature header value for a body (for fakes and tests).</summary>
    public static string Sign(string secret, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return Prefix + WebhookSecrets.HmacSha256Hex(Encoding.UTF8.GetBytes(secret), body);
    }

    private void Verify(PodWebhookRequest request)
    {
        if (_options.WebhookSecret is not { Length: > 0 } secret)
        {
            if (_options.AllowUnverifiedWebhooks)
            {
                return;
            }

            throw new WebhookVerificationException(
                "No Printify webhook secret is configured (PrintifyClientOptions.WebhookSecret); refusing an unverifiable delivery. " +
                "Create the subscriptions with a secret and configure the same value.",
                PrintifyClient.ServiceName);
        }

        var header = request.Header(SignatureHeader);
        if (header is null || !header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            throw new WebhookVerificationException($"The Printify webhook has no '{SignatureHeader}: sha256=…' header.", PrintifyClient.ServiceName);
        }

        if (!WebhookSecrets.HmacSha256HexEquals(Encoding.UTF8.GetBytes(secret), request.Body.Span, header[Prefix.Length..]))
        {
            throw new WebhookVerificationException(
                $"The Printify webhook's '{SignatureHeader}' does not match the body under PrintifyClientOptions.WebhookSecret.", PrintifyClient.ServiceName);
        }
    }

    private static PrintifyWebhookPayload Deserialize(ReadOnlySpan<byte> body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, PrintifyJsonContext.Default.PrintifyWebhookPayload) ?? throw Malformed("the body is JSON null", null);
        }
        catch (JsonException e)
        {
            throw Malformed("the body is not a Printify event", e);
        }
    }

    private static PodWebhookEvent Normalize(PrintifyWebhookPayload payload)
    {
        if (string.IsNullOrEmpty(payload.Type))
        {
            throw Malformed("the event has no 'type'", null);
        }

        var orderId = string.Equals(payload.Resource?.Type, "order", StringComparison.OrdinalIgnoreCase) || payload.Type.StartsWith("order:", StringComparison.Ordinal)
            ? payload.Resource?.Id
            : null;
        var data = payload.Resource?.Data;
        var common = new PodWebhookEvent(PrintifyClient.ServiceName, payload.Type, PodWebhookEventKind.Other,
            payload.Id ?? $"{payload.Type}:{payload.Resource?.Id}:{payload.CreatedAt?.ToUnixTimeSeconds()}")
        {
            ProviderOrderId = orderId,
            OccurredAt = payload.CreatedAt,
        };

        return payload.Type switch
        {
            "order:created" => common with { Kind = PodWebhookEventKind.OrderCreated },
            "order:updated" => common with
            {
                Kind = PodWebhookEventKind.OrderStatusChanged,
                Status = data?.Status is { } s ? PrintifyStatusMapper.Map(s) : null,
                RawStatus = data?.Status?.Value,
            },
            "order:sent-to-production" => common with { Kind = PodWebhookEventKind.OrderStatusChanged, RawStatus = "sending-to-production", Status = PodOrderStatus.Received },
            "order:shipment:created" => common with { Kind = PodWebhookEventKind.ShipmentUpdated, Shipments = Shipment(data, data?.ShippedAt) },
            "order:shipment:delivered" => common with
            {
                Kind = PodWebhookEventKind.ShipmentUpdated,
                Status = PodOrderStatus.Delivered,
                Shipments = Shipment(data, data?.ShippedAt),
            },
            _ => common,
        };
    }

    // Printify's shipment events carry no shipment id; the tracking number identifies the parcel.
    private static IReadOnlyList<PodShipment> Shipment(PrintifyWebhookData? data, DateTimeOffset? shippedAt) =>
        data?.Carrier is { } carrier && (carrier.TrackingNumber is not null || carrier.TrackingUrl is not null)
            ? [new PodShipment(carrier.TrackingNumber, carrier.Code, carrier.TrackingNumber, PrintifyMapping.ToUri(carrier.TrackingUrl), shippedAt)]
            : [];

    private static MalformedResponseException Malformed(string problem, Exception? inner) =>
        new($"The Printify webhook is not what Printify documents: {problem}.", new RemoteErrorDetails(PrintifyClient.ServiceName), inner);
}
