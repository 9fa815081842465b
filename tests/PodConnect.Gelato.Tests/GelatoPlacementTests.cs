using System.Text.Json.Nodes;
using PodConnect.Errors;
using PodConnect.Providers;
using PodConnect.Testing.Common;

namespace PodConnect.Gelato.Tests;

public sealed class GelatoPlacementTests : IDisposable
{
    private readonly GelatoHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task Place_get_and_find_round_trip_with_our_external_id_on_the_wire()
    {
        var placed = await _h.Provider.PlaceOrderAsync(GelatoHarness.Order());

        Assert.False(placed.AlreadyExisted);
        Assert.Equal("gelato", placed.Order.Provider);
        Assert.Equal("576461413038785752", placed.Order.ExternalId);
        Assert.Equal(PodOrderStatus.Received, placed.Order.Status);
        Assert.Equal("created", placed.Order.RawStatus);

        var got = await _h.Provider.GetOrderAsync(placed.Order.ProviderOrderId);
        Assert.Equal(placed.Order.ProviderOrderId, got.ProviderOrderId);
        var found = await _h.Provider.FindOrderByExternalIdAsync("576461413038785752");
        Assert.Equal(placed.Order.ProviderOrderId, found!.ProviderOrderId);
        Assert.Null(await _h.Provider.FindOrderByExternalIdAsync("no-such-order"));

        var create = _h.Fake.Requests.Single(r => r.Method == "POST" && r.Path == "/v4/orders");
        Assert.Equal(FakeGelatoKey, create.Headers!["X-API-KEY"].Single());
        var body = JsonNode.Parse(create.Body!)!;
        Assert.Equal("576461413038785752", body["orderReferenceId"]!.GetValue<string>());
        Assert.Equal("order", body["orderType"]!.GetValue<string>());
        Assert.Equal("GB", body["shippingAddress"]!["country"]!.GetValue<string>());
        Assert.Equal("SCT", body["shippingAddress"]!["state"]!.GetValue<string>());
        Assert.Equal("Ada King", body["shippingAddress"]!["firstName"]!.GetValue<string>());
        Assert.Equal("Lovelace", body["shippingAddress"]!["lastName"]!.GetValue<string>());
        Assert.Equal("default", body["items"]![0]!["files"]![0]!["type"]!.GetValue<string>());
        Assert.Null(body["shipmentMethodUid"]);
    }

    private const string FakeGelatoKey = PodConnect.Testing.Gelato.FakeGelato.DefaultApiKey;

    [Fact]
    public async Task Placing_the_same_order_twice_creates_one_order()
    {
        var first = await _h.Provider.PlaceOrderAsync(GelatoHarness.Order());
        var second = await _h.Provider.PlaceOrderAsync(GelatoHarness.Order());

        Assert.True(second.AlreadyExisted);
        Assert.Equal(first.Order.ProviderOrderId, second.Order.ProviderOrderId);
        Assert.Single(_h.Fake.Orders);
        Assert.Equal(1, _h.Fake.CreateCalls);
    }

    [Fact]
    public async Task A_create_whose_answer_is_lost_to_a_timeout_is_found_not_repeated()
    {
        using var h = new GelatoHarness(attemptTimeout: TimeSpan.FromSeconds(1.5));
        Assert.Null(await h.Provider.FindOrderByExternalIdAsync("warm-up")); // first calls pay for JIT; keep them out of the timed one
        h.Fake.Faults.Add(Fault.Delay(TimeSpan.FromSeconds(5)), "/v4/orders", times: 1, method: HttpMethod.Post, exactPath: true);

        var placed = await h.Provider.PlaceOrderAsync(GelatoHarness.Order());
        var again = await h.Provider.PlaceOrderAsync(GelatoHarness.Order());

        Assert.Equal(placed.Order.ProviderOrderId, again.Order.ProviderOrderId);
        Assert.True(again.AlreadyExisted);
        Assert.Single(h.Fake.Orders);
        Assert.Equal(1, h.Fake.CreateCalls);
    }

    [Fact]
    public async Task A_create_refused_with_5xx_is_not_retried_and_surfaces_typed_then_a_later_placement_succeeds()
    {
        _h.Fake.Faults.Add(Fault.ServerError(503), "/v4/orders", times: 1, method: HttpMethod.Post, exactPath: true);

        var error = await Assert.ThrowsAsync<ServerException>(() => _h.Provider.PlaceOrderAsync(GelatoHarness.Order()));
        Assert.Equal(503, error.StatusCode);
        Assert.Equal("gelato", error.Service);
        Assert.Equal(1, CreateRequests());
        Assert.Empty(_h.Fake.Orders);

        await _h.Provider.PlaceOrderAsync(GelatoHarness.Order());
        Assert.Single(_h.Fake.Orders);
    }

    [Fact]
    public async Task A_connection_dropped_before_processing_creates_nothing_and_the_outcome_stays_unknown()
    {
        // The socket is reset after the request was sent: the client cannot know whether Gelato acted,
        // reads back, finds nothing, and passes the unknown outcome on rather than creating blindly.
        _h.Fake.Faults.Add(Fault.DropConnection(), "/v4/orders", times: 1, method: HttpMethod.Post, exactPath: true);

        await Assert.ThrowsAsync<OutcomeUnknownException>(() => _h.Provider.PlaceOrderAsync(GelatoHarness.Order()));
        Assert.Empty(_h.Fake.Orders);
        Assert.Equal(1, CreateRequests());
    }

    private int CreateRequests() => _h.Fake.Requests.Count(r => r.Method == "POST" && r.Path == "/v4/orders");

    [Fact]
    public async Task A_create_processed_then_cut_off_is_found_not_repeated()
    {
        _h.Fake.Faults.Add(Fault.ProcessThenDropConnection(), "/v4/orders", method: HttpMethod.Post, exactPath: true);

        var placed = await _h.Provider.PlaceOrderAsync(GelatoHarness.Order());

        Assert.False(placed.AlreadyExisted);
        Assert.Single(_h.Fake.Orders);
        Assert.Equal(1, _h.Fake.CreateCalls);
    }

    [Fact]
    public async Task A_draft_is_placed_as_draft_and_confirmed_by_patch()
    {
        var placed = await _h.Provider.PlaceOrderAsync(GelatoHarness.Order(draft: true));
        Assert.True(placed.Order.IsDraft);
        Assert.Equal("draft", placed.Order.RawStatus);

        var confirmed = await _h.Client.ConfirmDraftAsync(placed.Order.ProviderOrderId);
        Assert.Equal("order", confirmed.OrderType);
        Assert.Equal(Models.GelatoFulfillmentStatus.Created, confirmed.FulfillmentStatus);
        var patch = _h.Fake.Requests.Single(r => r.Method == "PATCH");
        Assert.Equal("order", JsonNode.Parse(patch.Body!)!["orderType"]!.GetValue<string>());
    }

    [Fact]
    public async Task Confirming_a_draft_survives_a_lost_answer()
    {
        var placed = await _h.Provider.PlaceOrderAsync(GelatoHarness.Order(draft: true));
        _h.Fake.Faults.Add(Fault.DropConnection(), "/v4/orders/", method: HttpMethod.Patch);
        _h.Fake.Faults.Add(Fault.ServerError(503), "/v4/orders/", method: HttpMethod.Patch);

        var confirmed = await _h.Client.ConfirmDraftAsync(placed.Order.ProviderOrderId);

        Assert.Equal("order", confirmed.OrderType);
        Assert.Equal(PodOrderStatus.Received, GelatoStatusMapper.Map(confirmed.FulfillmentStatus!.Value));
    }

    [Fact]
    public async Task Confirming_twice_returns_the_order_and_confirming_a_cancelled_draft_is_a_conflict()
    {
        var placed = await _h.Provider.PlaceOrderAsync(GelatoHarness.Order("C-1", draft: true));
        await _h.Client.ConfirmDraftAsync(placed.Order.ProviderOrderId);
        Assert.Equal("order", (await _h.Client.ConfirmDraftAsync(placed.Order.ProviderOrderId)).OrderType);

        var other = await _h.Provider.PlaceOrderAsync(GelatoHarness.Order("C-2", draft: true));
        await _h.Provider.CancelOrderAsync(other.Order.ProviderOrderId);
        var conflict = await Assert.ThrowsAsync<ConflictException>(() => _h.Client.ConfirmDraftAsync(other.Order.ProviderOrderId));
        Assert.Contains("canceled", conflict.Details.ServiceMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_before_production_cancels_and_after_printing_is_a_conflict()
    {
        var cancellable = await _h.Provider.PlaceOrderAsync(GelatoHarness.Order("A-1"));
        var cancelled = await _h.Provider.CancelOrderAsync(cancellable.Order.ProviderOrderId);
        Assert.Equal(PodOrderStatus.Cancelled, cancelled.Status);
        Assert.Equal("canceled", cancelled.RawStatus);

        var printed = await _h.Provider.PlaceOrderAsync(GelatoHarness.Order("A-2"));
        await _h.Fake.MarkPrintedAsync(printed.Order.ProviderOrderId);
        var conflict = await Assert.ThrowsAsync<ConflictException>(() => _h.Provider.CancelOrderAsync(printed.Order.ProviderOrderId));
        Assert.Equal(409, conflict.StatusCode);
        Assert.Contains("printed", conflict.Details.ServiceMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_lifecycle_ends_shipped_with_tracking_then_delivered()
    {
        var placed = await _h.Provider.PlaceOrderAsync(GelatoHarness.Order());
        var id = placed.Order.ProviderOrderId;

        await _h.Fake.StartProductionAsync(id);
        Assert.Equal(PodOrderStatus.InProduction, (await _h.Provider.GetOrderAsync(id)).Status);

        await _h.Fake.ShipAsync(id, "JD0146", "https://tracking.example/JD0146", "DHL Parcel");
        var shipped = await _h.Provider.GetOrderAsync(id);
        Assert.Equal(PodOrderStatus.Shipped, shipped.Status);
        var parcel = Assert.Single(shipped.Shipments);
        Assert.Equal("JD0146", parcel.TrackingNumber);
        Assert.Equal(new Uri("https://tracking.example/JD0146"), parcel.TrackingUrl);
        Assert.Equal("DHL Parcel", parcel.Carrier);

        await _h.Fake.DeliverAsync(id);
        Assert.Equal(PodOrderStatus.Delivered, (await _h.Provider.GetOrderAsync(id)).Status);
    }

    [Fact]
    public async Task An_unknown_order_is_a_not_found_error() =>
        await Assert.ThrowsAsync<NotFoundException>(() => _h.Provider.GetOrderAsync("00000000-0000-0000-0000-000000000000"));
}
