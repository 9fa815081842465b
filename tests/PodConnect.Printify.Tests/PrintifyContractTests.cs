using PodConnect.Printify.Models;
using PodConnect.Printify.Webhooks;
using PodConnect.Providers;
using PodConnect.Testing.Contracts;

namespace PodConnect.Printify.Tests;

/// <summary>Printify keeps the <see cref="IPodProvider"/> contract against the fake.</summary>
public sealed class PrintifyContractTests : PodProviderContract
{
    /// <summary>Printify's documented order statuses (an order with no delivered shipment).</summary>
    public static readonly IReadOnlyDictionary<string, PodOrderStatus> Statuses = new Dictionary<string, PodOrderStatus>
    {
        ["pending"] = PodOrderStatus.Received,
        ["on-hold"] = PodOrderStatus.Received,
        ["sending-to-production"] = PodOrderStatus.Received,
        ["in-production"] = PodOrderStatus.InProduction,
        ["partially-fulfilled"] = PodOrderStatus.Shipped,
        ["fulfilled"] = PodOrderStatus.Shipped,
        ["canceled"] = PodOrderStatus.Cancelled,
        ["payment-not-received"] = PodOrderStatus.OnHold,
        ["had-issues"] = PodOrderStatus.OnHold,
    };

    [Fact]
    public void Every_documented_status_is_in_the_contract()
    {
        Assert.Equal(PrintifyOrderStatus.Known.Select(s => s.Value).Order(), Statuses.Keys.Order());
    }

    protected override PodProviderContractSubject CreateSubject()
    {
        var h = new PrintifyHarness();
        var webhook = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Examples", "webhook_shipment_created.json"));
        return new PodProviderContractSubject
        {
            Provider = h.Provider,
            Fake = h.Fake,
            Order = id => PrintifyHarness.Order(id),
            CreateRoute = (HttpMethod.Post, "/v1/shops/815256/orders.json"),
            ReadPath = order => $"/v1/shops/815256/orders/{order.ProviderOrderId}.json",
            OrdersAtFake = h.Fake.OrdersWithExternalId,
            DocumentedStatuses = Statuses,
            SetRawStatusAsync = (order, status) =>
            {
                h.Fake.SetStatus(order.ProviderOrderId, status);
                return Task.CompletedTask;
            },
            WebhookBody = webhook,
            AuthenticWebhook = body => new PodWebhookRequest(body, [new("X-Pfy-Signature", PrintifyWebhookParser.Sign(PrintifyHarness.Secret, body))]),
            ForgedWebhook = new PodWebhookRequest(webhook, [new("X-Pfy-Signature", PrintifyWebhookParser.Sign("not-the-secret", webhook))]),
            Owned = [h],
        };
    }
}
