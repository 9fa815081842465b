using Microsoft.Extensions.Time.Testing;
using PodConnect.Errors;
using PodConnect.Providers;

namespace PodConnect.Printify.Tests;

public class PrintifyOrderLifecycleTests
{
    [Fact]
    public async Task Shipping_costs_are_options_per_method_in_the_account_currency()
    {
        using var h = new PrintifyHarness();
        var quote = await h.Provider.QuoteAsync(PrintifyHarness.Order());

        Assert.Equal(["4", "3", "1", "2"], quote.ShippingOptions.Select(o => o.MethodId));
        Assert.Equal(new PodConnect.Domain.Money(3.99m, "EUR"), quote.ShippingOptions[0].Price);
        Assert.Equal("economy", quote.ShippingOptions[0].Name);
    }

    [Fact]
    public async Task A_shipped_order_carries_carrier_and_tracking_and_the_webhook_says_so()
    {
        using var h = new PrintifyHarness();
        var placed = await h.Provider.PlaceOrderAsync(PrintifyHarness.Order());
        await h.Fake.ShipAsync(placed.Order.ProviderOrderId);

        var order = await h.Provider.GetOrderAsync(placed.Order.ProviderOrderId);
        Assert.Equal(PodOrderStatus.Shipped, order.Status);
        var shipment = Assert.Single(order.Shipments);
        Assert.Equal("dhl", shipment.Carrier);
        Assert.Equal("JD014600003828", shipment.TrackingNumber);

        var e = h.Provider.ParseWebhook(Assert.Single(h.Webhooks.Deliveries));
        Assert.Equal(PodWebhookEventKind.ShipmentUpdated, e.Kind);
        Assert.Equal(placed.Order.ProviderOrderId, e.ProviderOrderId);
        Assert.Equal("JD014600003828", Assert.Single(e.Shipments).TrackingNumber);
    }

    [Fact]
    public async Task Cancel_works_on_hold_and_is_refused_without_an_error_response_once_in_production()
    {
        using var h = new PrintifyHarness();
        var draft = await h.Provider.PlaceOrderAsync(PrintifyHarness.Order("C-1") with { AsDraft = true });
        Assert.Equal(PodOrderStatus.Cancelled, (await h.Provider.CancelOrderAsync(draft.Order.ProviderOrderId)).Status);
        Assert.Equal(PodOrderStatus.Cancelled, (await h.Provider.CancelOrderAsync(draft.Order.ProviderOrderId)).Status);

        var live = await h.Provider.PlaceOrderAsync(PrintifyHarness.Order("C-2"));
        await h.Fake.SetStatusAsync(live.Order.ProviderOrderId, "in-production");
        var e = await Assert.ThrowsAsync<ConflictException>(() => h.Provider.CancelOrderAsync(live.Order.ProviderOrderId));
        Assert.Equal("in-production", e.ErrorCode);
        Assert.Equal(0, h.Budget.Totals.Errors);
    }

    [Fact]
    public async Task A_missing_order_is_not_found_and_counts_as_an_error()
    {
        using var h = new PrintifyHarness();
        await Assert.ThrowsAsync<NotFoundException>(() => h.Provider.GetOrderAsync("nope"));
        Assert.Equal(1, h.Budget.Totals.Errors);
    }

    [Fact]
    public async Task A_validation_error_names_Printifys_reason()
    {
        using var h = new PrintifyHarness();
        var e = await Assert.ThrowsAsync<ValidationException>(() => h.Client.CreateOrderAsync(new Models.PrintifyCreateOrderRequest { ExternalId = "x" }));
        Assert.Equal("8103", e.ErrorCode);
        Assert.Contains("first_name", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_error_budget_follows_Printifys_five_percent_rule_over_ten_minutes()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
        var budget = new PrintifyErrorBudget(time);
        for (var i = 0; i < 95; i++)
        {
            budget.Record(isError: false);
        }

        var crossings = Enumerable.Range(0, 6).Select(_ => budget.Record(isError: true)).ToList();

        Assert.Equal([false, false, false, false, false, true], crossings); // 5/100 is allowed; 6/101 is not
        Assert.True(budget.IsExceeded);
        time.Advance(TimeSpan.FromMinutes(11));
        Assert.Equal((0, 0), budget.Totals);
        Assert.False(budget.IsExceeded);
    }

    [Fact]
    public void A_few_early_errors_do_not_count_as_exceeding()
    {
        var budget = new PrintifyErrorBudget(new FakeTimeProvider());
        budget.Record(isError: true);
        Assert.Equal(1.0, budget.ErrorRate);
        Assert.False(budget.IsExceeded);
    }
}
