using System.Globalization;
using PodConnect.Providers;
using PodConnect.Testing.Contracts;

namespace PodConnect.Printful.Tests;

/// <summary>Printful keeps the <see cref="IPodProvider"/> contract against the fake (v2 signed webhooks).</summary>
public sealed class PrintfulContractTests : PodProviderContract
{
    /// <summary>Printful's documented order statuses (v1 and v2; <c>archived</c> is v1 only).</summary>
    public static readonly IReadOnlyDictionary<string, PodOrderStatus> Statuses = new Dictionary<string, PodOrderStatus>
    {
        ["draft"] = PodOrderStatus.Received,
        ["pending"] = PodOrderStatus.Received,
        ["inprocess"] = PodOrderStatus.InProduction,
        ["partial"] = PodOrderStatus.Shipped,
        ["fulfilled"] = PodOrderStatus.Shipped,
        ["canceled"] = PodOrderStatus.Cancelled,
        ["failed"] = PodOrderStatus.Failed,
        ["onhold"] = PodOrderStatus.OnHold,
        ["archived"] = PodOrderStatus.Received,
    };

    protected override PodProviderContractSubject CreateSubject()
    {
        var h = new PrintfulHarness();
        h.Fake.RequestsPerMinute = 100_000; // the response fuzz makes hundreds of calls; the budget is tested elsewhere
        var webhook = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Specs", "examples", "webhook_v2_order_updated.rendered.json"));
        return new PodProviderContractSubject
        {
            Provider = h.Provider,
            Fake = h.Fake,
            Order = id => PrintfulHarness.Order(id),
            CreateRoute = (HttpMethod.Post, "/orders"),
            ReadPath = order => "/orders/" + order.ProviderOrderId,
            OrdersAtFake = id => h.Fake.Orders.Count(o => o.ExternalId == id),
            DocumentedStatuses = Statuses,
            SetRawStatusAsync = (order, status) => h.Fake.SetStatusAsync(long.Parse(order.ProviderOrderId, CultureInfo.InvariantCulture), status),
            WebhookBody = webhook,
            AuthenticWebhook = body => new PodWebhookRequest(body, [new("x-pf-webhook-signature", WebhookSecrets.HmacSha256Hex(Convert.FromHexString(h.Fake.WebhookSecretKey), body))]),
            ForgedWebhook = new PodWebhookRequest(webhook, [new("x-pf-webhook-signature", new string('0', 64))]),
            Owned = [h],
        };
    }
}
