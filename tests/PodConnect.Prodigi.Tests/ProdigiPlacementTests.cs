using System.Text.Json.Nodes;
using PodConnect.Errors;
using PodConnect.Prodigi.Models;
using PodConnect.Providers;
using PodConnect.Testing.Common;

namespace PodConnect.Prodigi.Tests;

public class ProdigiPlacementTests
{
    [Fact]
    public async Task Placing_sends_the_documented_order_with_an_idempotency_key_and_the_callback_secret()
    {
        using var h = new ProdigiHarness();
        var placement = await h.Provider.PlaceOrderAsync(ProdigiHarness.Order());

        Assert.False(placement.AlreadyExisted);
        Assert.Equal("prodigi", placement.Order.Provider);
        Assert.StartsWith("ord_", placement.Order.ProviderOrderId, StringComparison.Ordinal);
        Assert.Equal("576461413038785752", placement.Order.ExternalId);
        Assert.Equal(PodOrderStatus.Received, placement.Order.Status);
        Assert.Equal("InProgress", placement.Order.RawStatus);
        Assert.Equal(12.50m, placement.Order.Cost?.Amount);

        var sent = JsonNode.Parse(h.Fake.Requests.Single(r => r.Method == "POST").BodyText)!;
        Assert.Equal("576461413038785752", sent["merchantReference"]!.GetValue<string>());
        Assert.Equal("podconnect:576461413038785752", sent["idempotencyKey"]!.GetValue<string>());
        Assert.Equal("Standard", sent["shippingMethod"]!.GetValue<string>());
        Assert.EndsWith("/prodigi/callbacks?token=cb-secret-123", sent["callbackUrl"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("GLOBAL-CFPM-16X20", sent["items"]![0]!["sku"]!.GetValue<string>());
        Assert.Equal("black", sent["items"]![0]!["attributes"]!["color"]!.GetValue<string>());
        Assert.Equal("fillPrintArea", sent["items"]![0]!["sizing"]!.GetValue<string>());
        Assert.Equal(2, sent["items"]![0]!["copies"]!.GetValue<int>());
        Assert.Equal("https://files.example/front.png", sent["items"]![0]!["assets"]![0]!["url"]!.GetValue<string>());
        Assert.Equal("G1 1AA", sent["recipient"]!["address"]!["postalOrZipCode"]!.GetValue<string>());
        Assert.Equal("SCT", sent["recipient"]!["address"]!["stateOrCounty"]!.GetValue<string>());
        Assert.Equal(h.Fake.ApiKey, h.Fake.Requests[0].Header("X-API-Key"));
    }

    [Fact]
    public async Task Placing_twice_makes_one_order_and_the_second_reports_it_existed()
    {
        using var h = new ProdigiHarness();
        var first = await h.Provider.PlaceOrderAsync(ProdigiHarness.Order());
        var second = await h.Provider.PlaceOrderAsync(ProdigiHarness.Order());

        Assert.True(second.AlreadyExisted);
        Assert.Equal(first.Order.ProviderOrderId, second.Order.ProviderOrderId);
        Assert.Single(h.Fake.Orders);
        Assert.Equal(2, h.Fake.CreateCalls);

        // The call budget: a new order is one create; so is a replay (AlreadyExists answers with the order Prodigi holds).
        Assert.Equal(["POST /v4.0/Orders", "POST /v4.0/Orders"], h.Fake.Requests.Select(r => $"{r.Method} {r.Path}"));
    }

    [Fact]
    public async Task A_create_whose_answer_is_lost_is_not_duplicated()
    {
        using var h = new ProdigiHarness();
        h.Fake.Faults.Add(Fault.ProcessThenDropConnection(), "/v4.0/Orders", times: 1, HttpMethod.Post);

        var placement = await h.Provider.PlaceOrderAsync(ProdigiHarness.Order());

        Assert.Single(h.Fake.Orders);
        Assert.Equal(h.Fake.Orders[0].Id, placement.Order.ProviderOrderId);
    }

    [Fact]
    public async Task A_create_without_a_key_is_never_retried()
    {
        using var h = new ProdigiHarness();
        h.Fake.Faults.Add(Fault.ServerError(503), "/v4.0/Orders", times: 1, HttpMethod.Post);
        var request = new ProdigiCreateOrderRequest
        {
            MerchantReference = "no-key",
            Recipient = new ProdigiRecipient { Name = "A", Address = new ProdigiAddress { Line1 = "1 St", PostalOrZipCode = "G1 1AA", TownOrCity = "Glasgow", CountryCode = "GB" } },
            Items = [new ProdigiOrderItem { Sku = "GLOBAL-FAP-16X24", Copies = 1, Sizing = "fillPrintArea", Assets = [new ProdigiAsset { PrintArea = "default", Url = "https://files.example/a.png" }] }],
        };

        await Assert.ThrowsAsync<ServerException>(() => h.Client.CreateOrderAsync(request));
        Assert.Single(h.Fake.Requests, r => r.Method == "POST");
    }

    [Fact]
    public async Task ValidationFailed_is_a_typed_error_with_each_failing_path()
    {
        using var h = new ProdigiHarness();
        var request = new ProdigiCreateOrderRequest
        {
            Recipient = new ProdigiRecipient { Name = "A", Address = new ProdigiAddress { Line1 = "1 St", TownOrCity = "Glasgow", CountryCode = "GB" } },
            Items = [new ProdigiOrderItem { Sku = "GLOBAL-FAP-16X24", Copies = 1, Sizing = "fillPrintArea", Assets = [new ProdigiAsset { PrintArea = "default", Url = "https://files.example/a.png" }] }],
        };

        var e = await Assert.ThrowsAsync<ProdigiValidationException>(() => h.Client.CreateOrderAsync(request));
        Assert.Equal(["Required"], e.Failures["recipient.address.postalOrZipCode"]);
        Assert.Equal(400, e.StatusCode);
        Assert.Equal("ValidationFailed", e.ErrorCode);
        Assert.StartsWith("00-", e.RequestId, StringComparison.Ordinal);
        Assert.Contains("recipient.address.postalOrZipCode", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_order_held_by_the_pause_window_is_received_and_placing_it_again_finds_it()
    {
        using var h = new ProdigiHarness();
        h.Fake.PauseWindow = true;
        var first = await h.Provider.PlaceOrderAsync(ProdigiHarness.Order());
        Assert.Equal("OnHold", first.Order.RawStatus);
        Assert.Equal(PodOrderStatus.Received, first.Order.Status);

        var again = await h.Provider.PlaceOrderAsync(ProdigiHarness.Order());
        Assert.True(again.AlreadyExisted);
        Assert.Single(h.Fake.Orders);
    }

    [Fact]
    public async Task A_draft_is_refused_before_anything_is_sent()
    {
        using var h = new ProdigiHarness();
        var e = await Assert.ThrowsAsync<ArgumentException>(() => h.Provider.PlaceOrderAsync(ProdigiHarness.Order() with { AsDraft = true }));
        Assert.Contains("no drafts", e.Message, StringComparison.Ordinal);
        Assert.Empty(h.Fake.Requests);
    }

    [Fact]
    public async Task The_order_is_found_by_its_external_id_and_unknown_ids_are_null()
    {
        using var h = new ProdigiHarness();
        var placed = await h.Provider.PlaceOrderAsync(ProdigiHarness.Order("A-1"));
        await h.Provider.PlaceOrderAsync(ProdigiHarness.Order("B-2"));

        Assert.Equal(placed.Order.ProviderOrderId, (await h.Provider.FindOrderByExternalIdAsync("A-1"))?.ProviderOrderId);
        Assert.Null(await h.Provider.FindOrderByExternalIdAsync("C-3"));
    }

    [Fact]
    public async Task The_order_list_is_streamed_across_pages()
    {
        using var h = new ProdigiHarness();
        for (var i = 0; i < 7; i++)
        {
            await h.Provider.PlaceOrderAsync(ProdigiHarness.Order($"L-{i}"));
        }

        var ids = new List<string>();
        await foreach (var order in h.Client.ListOrdersAsync(new ProdigiOrderQuery { PageSize = 3 }))
        {
            ids.Add(order.Id!);
        }

        Assert.Equal(7, ids.Distinct().Count());
        Assert.Equal(3, h.Fake.Requests.Count(r => r.Method == "GET"));
    }
}
