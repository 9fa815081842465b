using System.Text.Json.Nodes;
using PodConnect.Errors;
using PodConnect.Providers;
using PodConnect.Testing.Common;

namespace PodConnect.Printify.Tests;

public class PrintifyPlacementTests
{
    [Fact]
    public async Task Placing_looks_up_creates_with_external_id_and_sends_to_production()
    {
        using var h = new PrintifyHarness();
        var placement = await h.Provider.PlaceOrderAsync(PrintifyHarness.Order());

        Assert.False(placement.AlreadyExisted);
        Assert.Equal("printify", placement.Order.Provider);
        Assert.Equal("576461413038785752", placement.Order.ExternalId);
        Assert.Equal("sending-to-production", placement.Order.RawStatus);
        Assert.Equal(PodOrderStatus.Received, placement.Order.Status);
        Assert.False(placement.Order.IsDraft);
        Assert.Equal(new PodConnect.Domain.Money(26.00m, "EUR"), placement.Order.Cost);

        var calls = h.Fake.Requests.Select(r => $"{r.Method} {r.Path}").ToList();
        Assert.Equal(
        [
            "GET /v1/shops/815256/orders.json",
            "POST /v1/shops/815256/orders.json",
            $"POST /v1/shops/815256/orders/{placement.Order.ProviderOrderId}/send_to_production.json",
        ], calls);
        var sent = JsonNode.Parse(h.Fake.Requests[1].BodyText)!;
        Assert.Equal("576461413038785752", sent["external_id"]!.GetValue<string>());
        Assert.Equal("5bfd0b66a342bcc9b5563216", sent["line_items"]![0]!["product_id"]!.GetValue<string>());
        Assert.Equal(17887, sent["line_items"]![0]!["variant_id"]!.GetValue<long>());
        Assert.Equal("Ada King", sent["address_to"]!["first_name"]!.GetValue<string>());
        Assert.Equal("Lovelace", sent["address_to"]!["last_name"]!.GetValue<string>());
        Assert.Equal("Hinterhaus", sent["address_to"]!["address2"]!.GetValue<string>());
        Assert.Equal(1, sent["shipping_method"]!.GetValue<int>());
        Assert.All(h.Fake.Requests, r =>
        {
            Assert.Equal("Bearer fake-printify-token", r.Header("Authorization"));
            Assert.Equal("PodConnect", r.Header("User-Agent"));
        });
    }

    [Fact]
    public async Task Placing_twice_makes_one_order()
    {
        using var h = new PrintifyHarness();
        var first = await h.Provider.PlaceOrderAsync(PrintifyHarness.Order());
        var second = await h.Provider.PlaceOrderAsync(PrintifyHarness.Order());

        Assert.True(second.AlreadyExisted);
        Assert.Equal(first.Order.ProviderOrderId, second.Order.ProviderOrderId);
        Assert.Single(h.Fake.OrderIds);
        Assert.Equal(1, h.Fake.CreateCalls);

        // The call budget: a new order is list + create + send (3); a replay is one list read.
        Assert.Equal(4, h.Fake.Requests.Count);
    }

    [Fact]
    public async Task A_create_whose_answer_is_lost_is_found_and_sent_to_production_once()
    {
        using var h = new PrintifyHarness();
        h.Fake.Faults.Add(Fault.ProcessThenDropConnection(), "/v1/shops/815256/orders.json", times: 1, HttpMethod.Post);

        var placement = await h.Provider.PlaceOrderAsync(PrintifyHarness.Order());

        var id = Assert.Single(h.Fake.OrderIds);
        Assert.Equal(id, placement.Order.ProviderOrderId);
        Assert.Equal(1, h.Fake.CreateCalls);
        Assert.Equal("sending-to-production", h.Fake.StatusOf(id));
    }

    [Fact]
    public async Task A_lost_create_that_did_not_happen_is_rethrown_and_a_later_placement_creates_it()
    {
        using var h = new PrintifyHarness();
        h.Fake.Faults.Add(Fault.DropConnection(), "/v1/shops/815256/orders.json", times: 1, HttpMethod.Post);

        await Assert.ThrowsAsync<OutcomeUnknownException>(() => h.Provider.PlaceOrderAsync(PrintifyHarness.Order()));
        Assert.Empty(h.Fake.OrderIds);

        await h.Provider.PlaceOrderAsync(PrintifyHarness.Order());
        Assert.Single(h.Fake.OrderIds);
    }

    [Fact]
    public async Task A_send_to_production_whose_answer_is_lost_is_finished_in_the_same_placement()
    {
        using var h = new PrintifyHarness();
        h.Fake.Faults.Add(Fault.DropConnection(), "/v1/shops/815256/orders/", times: 1, HttpMethod.Post);

        var placement = await h.Provider.PlaceOrderAsync(PrintifyHarness.Order());

        var id = Assert.Single(h.Fake.OrderIds);
        Assert.Equal(id, placement.Order.ProviderOrderId);
        Assert.Equal("sending-to-production", h.Fake.StatusOf(id));
        Assert.Equal(1, h.Fake.CreateCalls);
    }

    [Fact]
    public async Task An_order_left_on_hold_by_an_interrupted_placement_is_sent_on_the_next_one()
    {
        using var h = new PrintifyHarness();
        h.Fake.Faults.Add(Fault.Status(422, null), "/v1/shops/815256/orders/", times: 1, HttpMethod.Post);
        await Assert.ThrowsAsync<ValidationException>(() => h.Provider.PlaceOrderAsync(PrintifyHarness.Order()));
        var id = Assert.Single(h.Fake.OrderIds);
        Assert.Equal("on-hold", h.Fake.StatusOf(id));

        var again = await h.Provider.PlaceOrderAsync(PrintifyHarness.Order());
        Assert.True(again.AlreadyExisted);
        Assert.Equal("sending-to-production", h.Fake.StatusOf(id));
    }

    [Fact]
    public async Task A_draft_stays_on_hold()
    {
        using var h = new PrintifyHarness();
        var placement = await h.Provider.PlaceOrderAsync(PrintifyHarness.Order() with { AsDraft = true });
        Assert.True(placement.Order.IsDraft);
        Assert.Equal("on-hold", h.Fake.StatusOf(placement.Order.ProviderOrderId));
    }

    [Fact]
    public async Task The_lookup_matches_the_label_when_orders_do_not_echo_external_id()
    {
        using var h = new PrintifyHarness();
        h.Fake.EchoExternalId = false;
        var placed = await h.Provider.PlaceOrderAsync(PrintifyHarness.Order("X-1"));
        Assert.Equal(placed.Order.ProviderOrderId, (await h.Provider.FindOrderByExternalIdAsync("X-1"))?.ProviderOrderId);
        Assert.Null(await h.Provider.FindOrderByExternalIdAsync("X-2"));
    }

    [Fact]
    public async Task Order_pages_are_streamed_and_the_lookup_stops_at_its_page_limit()
    {
        using var h = new PrintifyHarness(o => o.ExternalIdLookupPages = 2);
        for (var i = 0; i < 25; i++)
        {
            await h.Provider.PlaceOrderAsync(PrintifyHarness.Order($"P-{i}") with { AsDraft = true });
        }

        var all = new List<string>();
        await foreach (var order in h.Client.ListOrdersAsync())
        {
            all.Add(order.Id!);
        }

        Assert.Equal(25, all.Distinct().Count());
        Assert.NotNull(await h.Provider.FindOrderByExternalIdAsync("P-24"));
        Assert.Null(await h.Provider.FindOrderByExternalIdAsync("P-0")); // beyond the newest 20: the documented bound
    }

    [Fact]
    public async Task A_missing_required_field_is_refused_before_anything_is_sent()
    {
        using var h = new PrintifyHarness();
        var order = PrintifyHarness.Order();
        var request = new PodOrderRequest(order.ExternalId, new PodConnect.Domain.Address(PodConnect.Domain.CountryCode.DE, null, "Berlin", ["Invalidenstraße 1"]), order.Recipient, order.Lines);

        var e = await Assert.ThrowsAsync<PodFieldLimitException>(() => h.Provider.PlaceOrderAsync(request));
        Assert.Equal("address_to.zip", e.Field);
        Assert.Empty(h.Fake.Requests);
    }

    [Fact]
    public async Task A_product_created_with_the_order_carries_its_print_areas()
    {
        using var h = new PrintifyHarness();
        await h.Provider.PlaceOrderAsync(PrintifyHarness.Order(productId: "9/5/17887"));
        var line = JsonNode.Parse(h.Fake.Requests[1].BodyText)!["line_items"]![0]!;
        Assert.Equal(9, line["blueprint_id"]!.GetValue<long>());
        Assert.Equal(5, line["print_provider_id"]!.GetValue<long>());
        Assert.Equal("https://files.example/front.png", line["print_areas"]!["front"]!.GetValue<string>());
    }
}
