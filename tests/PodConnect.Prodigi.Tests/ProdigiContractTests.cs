using PodConnect.Providers;
using PodConnect.Testing.Contracts;

namespace PodConnect.Prodigi.Tests;

/// <summary>Prodigi keeps the <see cref="IPodProvider"/> contract against the fake.</summary>
public sealed class ProdigiContractTests : PodProviderContract
{
    /// <summary>Prodigi's documented order stages (the raw status), with every step not started and no issues.</summary>
    public static readonly IReadOnlyDictionary<string, PodOrderStatus> Stages = new Dictionary<string, PodOrderStatus>
    {
        ["InProgress"] = PodOrderStatus.Received,
        ["Complete"] = PodOrderStatus.Shipped,
        ["Cancelled"] = PodOrderStatus.Cancelled,
    };

    protected override PodProviderContractSubject CreateSubject()
    {
        var h = new ProdigiHarness();
        var webhook = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Examples", "callback_stage_changed.json"));
        return new PodProviderContractSubject
        {
            Provider = h.Provider,
            Fake = h.Fake,
            Order = id => ProdigiHarness.Order(id),
            CreateRoute = (HttpMethod.Post, "/v4.0/Orders"),
            ReadPath = order => "/v4.0/Orders/" + order.ProviderOrderId,
            OrdersAtFake = id => h.Fake.Orders.Count(o => o.MerchantReference == id),
            DocumentedStatuses = Stages,
            SetRawStatusAsync = (order, stage) =>
            {
                h.Fake.SetStage(order.ProviderOrderId, stage);
                return Task.CompletedTask;
            },
            WebhookBody = webhook,
            AuthenticWebhook = body => new PodWebhookRequest(body, query: "?token=" + ProdigiHarness.Secret),
            ForgedWebhook = new PodWebhookRequest(webhook, query: "?token=not-the-secret"),
            Owned = [h],
        };
    }
}
