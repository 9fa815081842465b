using System.Text.Json.Nodes;
using PodConnect.Domain;
using PodConnect.Errors;
using PodConnect.Providers;
using PodConnect.Testing.Common;

namespace PodConnect.Printful.Tests;

public sealed class PrintfulPlacementTests : IDisposable
{
    private readonly PrintfulHarness _h = new();

    public void Dispose() => _h.Dispose();

    private int CreateRequests() => _h.Fake.Requests.Count(r => r.Method == "POST" && r.Path == "/orders");

    [Fact]
    public async Task Place_get_find_round_trip_with_external_id_token_and_store_on_the_wire()
    {
        var placed = await _h.Provider.PlaceOrderAsync(PrintfulHarness.Order());

        Assert.False(placed.AlreadyExisted);
        Assert.Equal("printful", placed.Order.Provider);
        Assert.Equal("576461413038785752", placed.Order.ExternalId);
        Assert.Equal(PodOrderStatus.Received, placed.Order.Status);
        Assert.Equal("pending", placed.Order.RawStatus);
        Assert.Equal(new Money(34.34m, "EUR"), placed.Order.Cost);

        Assert.Equal(placed.Order.ProviderOrderId, (await _h.Provider.GetOrderAsync(placed.Order.ProviderOrderId)).ProviderOrderId);
        Assert.Equal(placed.Order.ProviderOrderId, (await _h.Provider.FindOrderByExternalIdAsync("576461413038785752"))!.ProviderOrderId);
        Assert.Null(await _h.Provider.FindOrderByExternalIdAsync("nothing-here"));
        Assert.Contains(_h.Fake.Requests, r => r.Method == "GET" && r.Path == "/orders/@576461413038785752");

        var create = _h.Fake.Requests.Single(r => r.Method == "POST" && r.Path == "/orders");
        Assert.Equal("Bearer " + PodConnect.Testing.Printful.FakePrintful.DefaultAccessToken, create.Headers!["Authorization"].Single());
        Assert.Equal("1234567", create.Headers!["X-PF-Store-Id"].Single());
        Assert.Equal("true", create.QueryValue("confirm"));
        var body = JsonNode.Parse(create.Body)!;
        Assert.Equal("576461413038785752", body["external_id"]!.GetValue<string>());
        Assert.Equal(4012, body["items"]![0]!["variant_id"]!.GetValue<long>());
        Assert.Equal("front", body["items"]![0]!["files"]![0]!["type"]!.GetValue<string>());
        Assert.Equal(998877, body["items"]![1]!["sync_variant_id"]!.GetValue<long>());
        Assert.Equal("SCT", body["recipient"]!["state_code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Placing_the_same_order_twice_meets_OR_13_and_returns_the_existing_order()
    {
        var first = await _h.Provider.PlaceOrderAsync(PrintfulHarness.Order());
        var second = await _h.Provider.PlaceOrderAsync(PrintfulHarness.Order());

        Assert.True(second.AlreadyExisted);
        Assert.Equal(first.Order.ProviderOrderId, second.Order.ProviderOrderId);
        Assert.Single(_h.Fake.Orders);
        Assert.Equal(2, CreateRequests());
    }

    [Fact]
    public async Task The_client_surfaces_OR_13_as_a_conflict_with_its_code()
    {
        await _h.Provider.PlaceOrderAsync(PrintfulHarness.Order());
        var error = await Assert.ThrowsAsync<ConflictException>(() => _h.Client.CreateOrderAsync(
            new Models.PrintfulOrderRequest
            {
                ExternalId = "576461413038785752",
                Recipient = new Models.PrintfulAddress { Address1 = "x", City = "y", CountryCode = "GB" },
                Items = [new Models.PrintfulItemRequest { VariantId = 1, Quantity = 1 }],
            },
            confirm: false));
        Assert.Equal("OR-13", error.ErrorCode);
        Assert.Equal(400, error.StatusCode);
    }

    [Fact]
    public async Task A_create_whose_answer_is_lost_to_a_timeout_yields_exactly_one_order()
    {
        using var h = new PrintfulHarness(attemptTimeout: TimeSpan.FromSeconds(1.5));
        Assert.Null(await h.Provider.FindOrderByExternalIdAsync("warm-up")); // first calls pay for JIT; keep them out of the timed one
        h.Fake.Faults.Add(Fault.Delay(TimeSpan.FromSeconds(5)), "/orders", method: HttpMethod.Post, exactPath: true);

        var placed = await h.Provider.PlaceOrderAsync(PrintfulHarness.Order());
        var again = await h.Provider.PlaceOrderAsync(PrintfulHarness.Order());

        Assert.Single(h.Fake.Orders);
        // The lost one, its retry (OR-13), the second placement (OR-13); a very slow machine may add a retry.
        Assert.InRange(h.Fake.CreateCalls, 3, 5);
        Assert.Equal(placed.Order.ProviderOrderId, again.Order.ProviderOrderId);
        Assert.True(again.AlreadyExisted);
    }

    [Fact]
    public async Task A_create_with_an_external_id_is_retried_after_a_5xx_and_a_reset_because_the_key_makes_it_safe()
    {
        _h.Fake.Faults.Add(Fault.ServerError(502), "/orders", method: HttpMethod.Post, exactPath: true);
        _h.Fake.Faults.Add(Fault.DropConnection(), "/orders", method: HttpMethod.Post, exactPath: true);

        var placed = await _h.Provider.PlaceOrderAsync(PrintfulHarness.Order());

        Assert.False(placed.AlreadyExisted);
        Assert.Single(_h.Fake.Orders);
        Assert.Equal(3, CreateRequests());
    }

    [Fact]
    public async Task A_create_processed_then_cut_off_is_retried_into_OR_13_and_yields_one_order()
    {
        _h.Fake.Faults.Add(Fault.ProcessThenDropConnection(), "/orders", method: HttpMethod.Post, exactPath: true);

        var placed = await _h.Provider.PlaceOrderAsync(PrintfulHarness.Order());

        Assert.True(placed.AlreadyExisted); // the retry met OR-13: the first attempt had created it
        Assert.Single(_h.Fake.Orders);
        Assert.Equal(2, _h.Fake.CreateCalls);
    }

    [Theory]
    [InlineData("123456789012345678901234567890123")]
    [InlineData("has space")]
    [InlineData("slash/es")]
    public async Task An_external_id_printful_would_refuse_is_rejected_before_any_call(string externalId)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => _h.Provider.PlaceOrderAsync(PrintfulHarness.Order(externalId)));
        Assert.Contains("32", error.Message, StringComparison.Ordinal);
        Assert.Empty(_h.Fake.Requests);
    }

    [Fact]
    public async Task A_draft_is_created_unconfirmed_then_confirmed()
    {
        var placed = await _h.Provider.PlaceOrderAsync(PrintfulHarness.Order(draft: true));
        Assert.True(placed.Order.IsDraft);
        Assert.Null(_h.Fake.Requests.Single(r => r.Path == "/orders").QueryValue("confirm"));

        var confirmed = await _h.Client.ConfirmOrderAsync(long.Parse(placed.Order.ProviderOrderId));
        Assert.Equal(Models.PrintfulOrderStatus.Pending, confirmed.Status);
    }

    [Fact]
    public async Task Cancel_before_production_cancels_and_in_production_is_a_conflict()
    {
        var pending = await _h.Provider.PlaceOrderAsync(PrintfulHarness.Order("A-1"));
        var cancelled = await _h.Provider.CancelOrderAsync(pending.Order.ProviderOrderId);
        Assert.Equal(PodOrderStatus.Cancelled, cancelled.Status);
        Assert.Equal(_h.Fake.Requests.Single(r => r.Method == "DELETE").Path, "/orders/" + pending.Order.ProviderOrderId);

        var busy = await _h.Provider.PlaceOrderAsync(PrintfulHarness.Order("A-2"));
        await _h.Fake.StartProductionAsync(long.Parse(busy.Order.ProviderOrderId));
        var conflict = await Assert.ThrowsAsync<ConflictException>(() => _h.Provider.CancelOrderAsync(busy.Order.ProviderOrderId));
        Assert.Equal("OR-1", conflict.ErrorCode);
    }

    [Fact]
    public async Task The_lifecycle_ends_shipped_with_carrier_tracking_number_and_url()
    {
        var placed = await _h.Provider.PlaceOrderAsync(PrintfulHarness.Order());
        var id = long.Parse(placed.Order.ProviderOrderId);

        await _h.Fake.StartProductionAsync(id);
        Assert.Equal(PodOrderStatus.InProduction, (await _h.Provider.GetOrderAsync(placed.Order.ProviderOrderId)).Status);

        await _h.Fake.ShipAsync(id, "DPD", "DPD Classic", "15501234567890", "https://tracking.dpd.de/15501234567890");
        var shipped = await _h.Provider.GetOrderAsync(placed.Order.ProviderOrderId);
        Assert.Equal(PodOrderStatus.Shipped, shipped.Status);
        var parcel = Assert.Single(shipped.Shipments);
        Assert.Equal("DPD", parcel.Carrier);
        Assert.Equal("15501234567890", parcel.TrackingNumber);
        Assert.Equal(new Uri("https://tracking.dpd.de/15501234567890"), parcel.TrackingUrl);
        Assert.NotNull(parcel.ShippedAt);
    }

    [Fact]
    public async Task A_fulfilled_order_is_delivered_only_when_v2_says_every_parcel_arrived()
    {
        var placed = await _h.Provider.PlaceOrderAsync(PrintfulHarness.Order());
        var id = long.Parse(placed.Order.ProviderOrderId);
        await _h.Fake.ShipAsync(id);
        Assert.Equal(PodOrderStatus.Shipped, (await _h.Provider.GetOrderAsync(placed.Order.ProviderOrderId)).Status);

        _h.Fake.Deliver(id);

        var delivered = await _h.Provider.FindOrderByExternalIdAsync("576461413038785752");
        Assert.Equal(PodOrderStatus.Delivered, delivered!.Status);
        Assert.Equal("fulfilled", delivered.RawStatus);
        Assert.Single(delivered.Shipments);
        Assert.Contains(_h.Fake.Requests, r => r.Path == $"/v2/orders/{id}/shipments");
    }

    [Fact]
    public async Task A_quote_combines_estimated_costs_with_v2_rates_and_the_departure_country()
    {
        _h.Fake.DepartureCountry = "GB";

        var quote = await _h.Provider.QuoteAsync(new PodOrderRequest(
            "q-1", new Address(CountryCode.GB, "EH1 1YZ", "Edinburgh", ["2 Princes Street"]), new Recipient("A B"),
            [new PodOrderLine("l1", "4012", 3)]) { Currency = "EUR" });

        Assert.Equal(new Money(29.85m, "EUR"), quote.ProductsCost);
        Assert.Equal(["STANDARD", "EXPRESS"], quote.ShippingOptions.Select(o => o.MethodId));
        Assert.Equal(new Money(4.49m, "EUR"), quote.ShippingOptions[0].Price);
        Assert.Equal(3, quote.ShippingOptions[0].MinDeliveryDays);
        Assert.NotNull(quote.ShippingOptions[0].MaxDeliveryDate);
        Assert.Equal([CountryCode.GB], quote.ProductionCountries);
        var v2 = JsonNode.Parse(_h.Fake.Requests.Single(r => r.Path == "/v2/shipping-rates").Body!)!;
        Assert.Equal("catalog", v2["order_items"]![0]!["source"]!.GetValue<string>());
        Assert.Null(JsonNode.Parse(_h.Fake.Requests.Single(r => r.Path == "/orders/estimate-costs").Body!)!["external_id"]);
    }

    [Fact]
    public async Task V1_shipping_rates_read_epoch_delivery_dates()
    {
        var rates = await _h.Client.GetShippingRatesAsync(new Models.PrintfulShippingRatesRequest
        {
            Recipient = new Models.PrintfulRatesRecipient { Address1 = "2 Princes Street", City = "Edinburgh", CountryCode = "GB" },
            Items = [new Models.PrintfulRatesItem { VariantId = "4012", Quantity = 1 }],
        });

        var rate = Assert.Single(rates);
        Assert.Equal(4.49m, rate.Rate);
        Assert.Equal(2, rate.MaxDeliveryDate!.Value.DayNumber - rate.MinDeliveryDate!.Value.DayNumber);
    }

    [Fact]
    public async Task An_order_without_a_city_is_refused_before_any_call_naming_the_field()
    {
        var order = new PodOrderRequest("no-city", new Address(CountryCode.GB, "EH1 1YZ", null, ["2 Princes Street"]), new Recipient("Ada Lovelace"), [new PodOrderLine("l1", "4012", 1)]);

        var error = await Assert.ThrowsAsync<PodFieldLimitException>(() => _h.Provider.PlaceOrderAsync(order));

        Assert.Equal("recipient.city", error.Field);
        Assert.Empty(_h.Fake.Requests);
    }

    [Fact]
    public async Task A_new_placement_costs_one_call_and_a_replay_two()
    {
        await _h.Provider.PlaceOrderAsync(PrintfulHarness.Order("budget-1"));
        var first = _h.Fake.Requests.Count;
        await _h.Provider.PlaceOrderAsync(PrintfulHarness.Order("budget-1"));

        Assert.Equal(1, first);
        Assert.Equal(["POST /orders?confirm=true", "GET /orders/@budget-1"], _h.Fake.Requests.Skip(1).Select(r => r.ToString()));
    }
}
