using System.Text.Json;
using PodConnect.Errors;
using PodConnect.Gelato.Internal;
using PodConnect.Gelato.Models;
using PodConnect.Gelato.Serialization;
using PodConnect.Providers;

namespace PodConnect.Gelato.Webhooks;

/// <summary>
/// Verifies Gelato webhook deliveries and normalizes them. Gelato documents no signature, so
/// authenticity rests on a shared secret in a custom header that you configure on the webhook in
/// Gelato's dashboard (our convention; see docs/providers.md).
/// </summary>
internal sealed class GelatoWebhookParser
{
    /// <summary>Event types Gelato documents for orders.</summary>
    public static IReadOnlyList<string> OrderEventTypes { get; } =
        ["order_status_updated", "order_item_status_updated", "order_item_tracking_code_updated", "order_delivery_estimate_updated"];

    private readonly GelatoClientOptions _options;

    /// <summary>Creates a parser.</summary>
    public GelatoWebhookParser(GelatoClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>Verifies the shared secret, then parses.</summary>
    /// <exception cref="WebhookVerificationException">The secret header is missing or wrong, or no secret is configured.</exception>
    /// <exception cref="MalformedResponseException">The body is not a Gelato event.</exception>
    public PodWebhookEvent Parse(PodWebhookRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        Verify(request);
        var payload = Deserialize(request.Body.Span);
        return Normalize(payload);
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
                "No Gelato webhook secret is configured (GelatoClientOptions.WebhookSecret); refusing an unverifiable delivery. " +
                "Add a custom header to the webhook in Gelato's dashboard and configure the same value, or set AllowUnverifiedWebhooks for local experiments.",
                GelatoClient.ServiceName);
        }

        var received = request.Header(_options.WebhookSecretHeaderName);
        if (received is null)
        {
            throw new WebhookVerificationException(
                $"The Gelato webhook has no '{_options.WebhookSecretHeaderName}' header; check the header configured on the webhook in Gelato's dashboard.",
                GelatoClient.ServiceName);
        }

        if (!WebhookSecrets.SecretEquals(received, secret))
        {
            throw new WebhookVerificationException(
                $"The Gelato webhook's '{_options.WebhookSecretHeaderName}' header does not match GelatoClientOptions.WebhookSecret.",
                GelatoClient.ServiceName);
        }
    }

    private static GelatoWebhookPayload Deserialize(ReadOnlySpan<byte> body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, GelatoJsonContext.Default.GelatoWebhookPayload)
                ?? throw new MalformedResponseException("The Gelato webhook body is JSON null.", new RemoteErrorDetails(GelatoClient.ServiceName));
        }
        catch (JsonException e)
        {
            throw new MalformedResponseException($"The Gelato webhook body is not a Gelato event: {e.Message}", new RemoteErrorDetails(GelatoClient.ServiceName), e);
        }
    }

    private static PodWebhookEvent Normalize(GelatoWebhookPayload payload)
    {
        var eventType = payload.Event ?? LegacyEventType(payload.LegacyObjectType);
        if (string.IsNullOrEmpty(eventType))
        {
            throw new MalformedResponseException("The Gelato webhook has neither 'event' nor 'object'.", new RemoteErrorDetails(GelatoClient.ServiceName));
        }

        var key = payload.Id ?? $"{eventType}:{payload.OrderId}:{payload.ItemReferenceId}:{payload.Created?.ToUnixTimeSeconds()}";
        var common = new PodWebhookEvent(GelatoClient.ServiceName, eventType, PodWebhookEventKind.Other, key)
        {
            ProviderOrderId = payload.OrderId,
            ExternalId = payload.OrderReferenceId,
            OccurredAt = payload.Created,
        };

        switch (eventType)
        {
            case "order_status_updated":
                return common with
                {
                    Kind = PodWebhookEventKind.OrderStatusChanged,
                    Status = payload.FulfillmentStatus is { } s ? GelatoStatusMapper.Map(s) : null,
                    RawStatus = payload.FulfillmentStatus?.Value,
                    Shipments = ShipmentsOf(payload.Items),
                };
            case "order_item_status_updated":
                return common with
                {
                    Kind = PodWebhookEventKind.OrderStatusChanged,
                    Status = payload.Status is { } itemStatus ? GelatoStatusMapper.Map(itemStatus) : null,
                    RawStatus = payload.Status?.Value,
                    Reason = payload.Comment,
                };
            case "order_item_tracking_code_updated":
                return common with
                {
                    Kind = PodWebhookEventKind.ShipmentUpdated,
                    Shipments = payload.TrackingCode is null && payload.TrackingUrl is null
                        ? []
                        : [new PodShipment(payload.TrackingCode, payload.ShipmentMethodName ?? payload.ShipmentMethodUid, payload.TrackingCode, GelatoMapping.ToUri(payload.TrackingUrl))],
                };
            case "order_delivery_estimate_updated":
                return common with
                {
                    Kind = PodWebhookEventKind.DeliveryEstimateUpdated,
                    DeliveryEstimate = (payload.MinDeliveryDate, payload.MaxDeliveryDate),
                };
            default:
                return common;
        }
    }

    private static string? LegacyEventType(string? legacyObject) =>
        legacyObject switch
        {
            null => null,
            "orderStatus" => "order_status_updated",
            "orderItemStatus" => "order_item_status_updated",
            _ => legacyObject,
        };

    private static IReadOnlyList<PodShipment> ShipmentsOf(IReadOnlyList<GelatoWebhookItem>? items)
    {
        if (items is null)
        {
            return [];
        }

        // One parcel can carry several items; the tracking code identifies the parcel (Gelato's webhooks
        // carry no package id), so it is also the shipment id that tracking updates merge on.
        return
        [
            .. items
                .OfType<GelatoWebhookItem>()
                .SelectMany(i => (i.Fulfillments ?? []).OfType<GelatoWebhookFulfillment>())
                .Where(f => f.TrackingCode is not null || f.TrackingUrl is not null)
                .DistinctBy(f => (f.TrackingCode, f.TrackingUrl))
                .Select(f => new PodShipment(f.TrackingCode, f.ShipmentMethodName ?? f.ShipmentMethodUid, f.TrackingCode, GelatoMapping.ToUri(f.TrackingUrl))),
        ];
    }
}
