using PodConnect.Providers;
using PodConnect.Testing.Contracts;

namespace PodConnect.Gelato.Tests;

/// <summary>Gelato keeps the <see cref="IPodProvider"/> contract against the fake.</summary>
public sealed class GelatoContractTests : PodProviderContract
{
    /// <summary>Gelato's documented <c>fulfillmentStatus</c> values (official table, plus the ones its SDKs and webhooks show).</summary>
    public static readonly IReadOnlyDictionary<string, PodOrderStatus> Statuses = new Dictionary<string, PodOrderStatus>
    {
        ["draft"] = PodOrderStatus.Received,
        ["created"] = PodOrderStatus.Received,
        ["uploading"] = PodOrderStatus.Received,
        ["passed"] = PodOrderStatus.Received,
        ["digitizing"] = PodOrderStatus.Received,
        ["pending_approval"] = PodOrderStatus.OnHold,
        ["pending_personalization"] = PodOrderStatus.OnHold,
        ["on_hold"] = PodOrderStatus.OnHold,
        ["not_connected"] = PodOrderStatus.OnHold,
        ["in_production"] = PodOrderStatus.InProduction,
        ["printed"] = PodOrderStatus.InProduction,
        ["shipped"] = PodOrderStatus.Shipped,
        ["in_transit"] = PodOrderStatus.Shipped,
        ["delivered"] = PodOrderStatus.Delivered,
        ["canceled"] = PodOrderStatus.Cancelled,
        ["failed"] = PodOrderStatus.Failed,
        ["returned"] = PodOrderStatus.Failed,
    };

    protected override PodProviderContractSubject CreateSubject()
    {
        var h = new GelatoHarness();
        var header = new GelatoClientOptions().WebhookSecretHeaderName;
        var webhook = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Specs", "examples", "webhook_order_status_updated.json"));
        return new PodProviderContractSubject
        {
            Provider = h.Provider,
            Fake = h.Fake,
            Order = id => GelatoHarness.Order(id),
            CreateRoute = (HttpMethod.Post, "/v4/orders"),
            ReadPath = order => "/v4/orders/" + order.ProviderOrderId,
            OrdersAtFake = id => h.Fake.OrdersWithReference(id).Count,
            DocumentedStatuses = Statuses,
            SetRawStatusAsync = (order, status) => h.Fake.SetStatusAsync(order.ProviderOrderId, status),
            WebhookBody = webhook,
            AuthenticWebhook = body => new PodWebhookRequest(body, [new(header, GelatoHarness.Secret)]),
            ForgedWebhook = new PodWebhookRequest(webhook, [new(header, "not-the-secret")]),
            Owned = [h],
        };
    }
}
