using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using PodConnect.Errors;
using PodConnect.Printful.Internal;
using PodConnect.Printful.Serialization;
using PodConnect.Providers;

namespace PodConnect.Printful.Webhooks;

/// <summary>
/// Printful's v2 <c>catalog_stock_updated</c> (sent about every 5 minutes for the products the webhook
/// configuration names): per catalog variant, whether it can be made. A variant counts as in stock when
/// any of its changed entries says <c>in stock</c> or <c>on demand</c> (the entries are per technique,
/// and the catalogue does not say which technique a print uses); as out of stock when all say
/// <c>out of stock</c>; as discontinued for <c>discontinued</c> or <c>not fulfilled</c>. <c>unknown</c>
/// changes nothing.
/// </summary>
internal static class PrintfulStockWebhook
{
    public const string EventType = "catalog_stock_updated";

    /// <exception cref="JsonException">The body is not JSON of this shape (the caller turns it into a malformed error).</exception>
    public static PodWebhookEvent Parse(ReadOnlySpan<byte> body)
    {
        var payload = JsonSerializer.Deserialize(body, PrintfulJsonContext.Default.PrintfulStockWebhookPayload)
            ?? throw new MalformedResponseException("The Printful catalog_stock_updated body is null.", new RemoteErrorDetails(PrintfulClient.ServiceName));
        var byVariant = new Dictionary<long, PodStockStatus>();
        var raw = new Dictionary<long, string>();
        foreach (var change in payload.Data ?? [])
        {
            if (change?.CatalogVariantId is not { } variant)
            {
                continue;
            }

            var status = PrintfulStockStatus.Map(change.Availability);
            if (status == PodStockStatus.Unknown)
            {
                continue;
            }

            // In stock for any technique wins; out of stock wins over discontinued for a variant that is only paused somewhere.
            var seen = byVariant.TryGetValue(variant, out var known) ? known : PodStockStatus.Unknown;
            if (PodStockSummary.Combine(seen, status) != seen)
            {
                byVariant[variant] = PodStockSummary.Combine(seen, status);
                raw[variant] = change.Availability!;
            }
        }

        var key = EventType + ":" + Convert.ToHexString(SHA256.HashData(body), 0, 16);
        return new PodWebhookEvent(PrintfulClient.ServiceName, EventType, PodWebhookEventKind.StockChanged, key)
        {
            OccurredAt = payload.OccurredAt,
            StockChanges = [.. byVariant.Select(v => new PodStockChange(v.Key.ToString(CultureInfo.InvariantCulture), v.Value, raw[v.Key]))],
        };
    }
}
