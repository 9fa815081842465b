using PodConnect.Domain;
using PodConnect.Errors;
using PodConnect.Testing.Common;
using PodConnect.Testing.TikTokShop;
using PodConnect.TikTokShop.Orders;

namespace PodConnect.TikTokShop.Tests;

public sealed class OrdersTests : IDisposable
{
    private readonly Harness _h = new();

    public void Dispose() => _h.Dispose();

    private void Seed(int count, string status = "AWAITING_SHIPMENT", int startId = 0)
    {
        var orders = Enumerable.Range(startId, count)
            .Select(i => FakeTikTokOrders.Create($"5764614130387{i:D5}", Harness.Start.AddMinutes(-i), [new FakeOrderLine("TEE-BLK-M", 1)], status))
            .ToArray();
        _h.Fake.SeedOrders(FakeTikTokShop.DefaultShopCipher, orders);
    }

    [Fact]
    public async Task Search_walks_every_page_with_tokens_containing_plus_and_slash()
    {
        Seed(237);

        var ids = new List<string>();
        await foreach (var order in _h.Shop.Orders.SearchOrdersAsync(new TikTokOrderSearch { PageSize = 50 }))
        {
            ids.Add(order.Id);
        }

        Assert.Equal(237, ids.Count);
        Assert.Equal(237, ids.Distinct().Count());
        var calls = _h.RequestsTo("/order/202309/orders/search").ToList();
        Assert.Equal(5, calls.Count);
        Assert.All(calls, c => Assert.Equal(0, c.TikTokCode()));
        Assert.Null(calls[0].QueryValue("page_token"));
        Assert.Equal("pt+50/237==", calls[1].QueryValue("page_token"));
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids); // newest first: ids were seeded oldest-last
    }

    [Fact]
    public async Task A_server_that_returns_the_same_page_token_forever_gets_a_typed_error_not_an_endless_walk()
    {
        const string Looping = """{"code":0,"message":"Success","request_id":"r","data":{"orders":[],"next_page_token":"again","total_count":1}}""";
        _h.Fake.Faults.Add(Fault.Status(200, Looping), "/order/202309/orders/search", times: 3);

        var pages = 0;
        var error = await Assert.ThrowsAsync<MalformedResponseException>(async () =>
        {
            await foreach (var page in _h.Shop.Orders.SearchOrderPagesAsync())
            {
                pages++;
            }
        });

        Assert.Equal(2, pages); // the first "again" is followed once; its repeat is refused
        Assert.Contains("next_page_token", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_resumes_from_a_page_token()
    {
        Seed(120);
        var pages = new List<TikTokOrderPage>();
        await foreach (var page in _h.Shop.Orders.SearchOrderPagesAsync(new TikTokOrderSearch { PageSize = 50 }))
        {
            pages.Add(page);
            break; // the process stops after one page
        }

        var resumed = new List<string>();
        await foreach (var order in _h.Shop.Orders.SearchOrdersAsync(new TikTokOrderSearch { PageSize = 50 }, pages[0].NextPageToken))
        {
            resumed.Add(order.Id);
        }

        Assert.Equal(120, pages[0].TotalCount);
        Assert.Equal(70, resumed.Count);
        Assert.Empty(pages[0].Orders.Select(o => o.Id).Intersect(resumed));
    }

    [Fact]
    public async Task Search_sends_filters_in_the_body_and_the_fake_applies_them()
    {
        Seed(10, "AWAITING_SHIPMENT");
        Seed(5, "UNPAID", startId: 100);

        var page = await _h.Shop.Orders.GetOrderPageAsync(new TikTokOrderSearch
        {
            Status = TikTokOrderStatus.Unpaid,
            CreatedFrom = Harness.Start.AddDays(-1),
            SortByUpdateTime = true,
            Ascending = true,
        });

        Assert.Equal(5, page.TotalCount);
        Assert.All(page.Orders, o => Assert.Equal(TikTokOrderStatus.Unpaid, o.Status));
        var request = Assert.Single(_h.RequestsTo("/order/202309/orders/search"));
        Assert.Equal("update_time", request.QueryValue("sort_field"));
        Assert.Equal("ASC", request.QueryValue("sort_order"));
        Assert.Equal($$"""{"order_status":"UNPAID","create_time_ge":{{Harness.Start.AddDays(-1).ToUnixTimeSeconds()}}}""", System.Text.Encoding.UTF8.GetString(request.Body));
    }

    [Fact]
    public async Task Details_are_fetched_in_chunks_of_fifty_ids()
    {
        Seed(120);
        var ids = Enumerable.Range(0, 120).Select(i => $"5764614130387{i:D5}").Append("does-not-exist").ToList();

        var orders = await _h.Shop.Orders.GetOrdersAsync(ids);

        Assert.Equal(120, orders.Count);
        var calls = _h.RequestsTo("/order/202507/orders").ToList();
        Assert.Equal(3, calls.Count);
        Assert.Equal(50, calls[0].QueryValue("ids")!.Split(',').Length);
        Assert.Equal(21, calls[2].QueryValue("ids")!.Split(',').Length);
    }

    [Fact]
    public async Task Order_model_reads_strings_money_and_unix_times()
    {
        _h.Fake.SeedOrders(FakeTikTokShop.DefaultShopCipher,
            FakeTikTokOrders.Create("576461413038785752", Harness.Start, [new FakeOrderLine("MUG-11", 2, SalePrice: "12.50"), new FakeOrderLine("TEE-BLK-M")],
                rtsSlaTime: Harness.Start.AddDays(2)));

        var order = await _h.Shop.Orders.GetOrderAsync("576461413038785752");

        Assert.Equal(TikTokOrderStatus.AwaitingShipment, order.Status);
        Assert.Equal(Harness.Start, order.CreateTime);
        Assert.Equal(Harness.Start.AddDays(2), order.RtsSlaTime);
        Assert.Null(order.RtsTime); // 0 on the wire means not yet
        Assert.Equal(3, order.LineItems.Count);
        Assert.Equal(12.50m, order.LineItems[0].SalePrice);
        Assert.Equal(44.99m, order.Payment!.SubTotal);
        Assert.Equal("EH1 1YZ", order.RecipientAddress!.PostalCode);
        Assert.DoesNotContain("High Street", order.RecipientAddress.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_status_is_kept_not_thrown()
    {
        var json = FakeTikTokOrders.Create("1", Harness.Start, [new FakeOrderLine("A")]);
        json["status"] = "AWAITING_ALIENS";
        _h.Fake.SeedOrders(FakeTikTokShop.DefaultShopCipher, json);

        var order = await _h.Shop.Orders.GetOrderAsync("1");

        Assert.Equal("AWAITING_ALIENS", order.Status.Value);
        Assert.False(order.Status.IsShippedOrLater);
    }

    [Fact]
    public async Task Maps_to_a_core_order_with_deadline_destination_and_items_grouped_by_sku()
    {
        _h.Fake.SeedOrders(FakeTikTokShop.DefaultShopCipher,
            FakeTikTokOrders.Create("42", Harness.Start, [new FakeOrderLine("TEE-BLK-M", 3), new FakeOrderLine("MUG-11", 1)], rtsSlaTime: Harness.Start.AddDays(2)));
        var tiktok = await _h.Shop.Orders.GetOrderAsync("42");

        var order = tiktok.ToCoreOrder(item => item.SellerSku!.StartsWith("MUG", StringComparison.Ordinal) ? ProductKind.Mug : ProductKind.TShirt);

        Assert.Equal("42", order.Id);
        Assert.Equal(Harness.Start, order.CreatedAt);
        Assert.Equal(Harness.Start.AddDays(2), order.Deadlines.ReadyToShipBy);
        Assert.Equal(tiktok.ShippingDueTime, order.Deadlines.ShippingDue);
        Assert.Equal(CountryCode.GB, order.Destination.Country);
        Assert.Equal("GB-SCT", order.Destination.Subdivision!.Value.Value);
        Assert.Equal("Edinburgh", order.Destination.City);
        Assert.Equal("EH1 1YZ", order.Destination.PostalCode);
        var tee = Assert.Single(order.Items, i => i.Sku == "TEE-BLK-M");
        Assert.Equal(3, tee.Quantity);
        Assert.Equal(ProductKind.TShirt, tee.Kind);
        Assert.Equal(3, tee.LineItemIds.Count);
        Assert.Equal(ProductKind.Mug, Assert.Single(order.Items, i => i.Sku == "MUG-11").Kind);
        Assert.Equal(CountryCode.GB, order.Market);
        Assert.Equal(CountryCode.IE, tiktok.ToCoreOrder(_ => ProductKind.Mug, market: CountryCode.IE).Market);
    }

    [Fact]
    public void Mapping_leaves_out_cancelled_items_and_rejects_orders_without_a_country()
    {
        var cancelled = new TikTokOrder
        {
            Id = "7",
            CreateTime = Harness.Start,
            RecipientAddress = new TikTokRecipientAddress { RegionCode = "UK" },
            LineItems = [new TikTokLineItem { Id = "a", SellerSku = "X" }, new TikTokLineItem { Id = "b", SellerSku = "X", DisplayStatus = TikTokOrderStatus.Cancelled }],
        };
        var order = cancelled.ToCoreOrder(_ => ProductKind.Poster);
        Assert.Equal(1, Assert.Single(order.Items).Quantity);
        Assert.Equal(CountryCode.GB, order.Destination.Country); // UK normalised by Core

        var noCountry = new TikTokOrder { Id = "8", CreateTime = Harness.Start, RecipientAddress = new TikTokRecipientAddress(), LineItems = cancelled.LineItems };
        Assert.Throws<MalformedResponseException>(() => noCountry.ToCoreOrder(_ => ProductKind.Poster));
    }
}

public sealed class MalformedOrderTests : IDisposable
{
    private readonly Harness _h = new();

    public void Dispose() => _h.Dispose();

    [Theory]
    [InlineData("line_items", "null", false)]
    [InlineData("line_items", "[null]", false)]
    [InlineData("recipient_address", "null", false)]
    [InlineData("create_time", "null", false)]
    [InlineData("packages", "null", true)]
    public async Task Nulls_where_objects_are_expected_never_cause_a_null_reference(string field, string json, bool mappable)
    {
        var order = FakeTikTokOrders.Create("13", Harness.Start, [new FakeOrderLine("A")]);
        order[field] = System.Text.Json.Nodes.JsonNode.Parse(json);
        _h.Fake.SeedOrders(FakeTikTokShop.DefaultShopCipher, order);

        var read = await _h.Shop.Orders.GetOrderAsync("13");

        Assert.NotNull(read.LineItems);
        Assert.NotNull(read.Packages);
        if (mappable)
        {
            Assert.Equal("13", read.ToCoreOrder(_ => ProductKind.Mug).Id);
        }
        else
        {
            Assert.Throws<MalformedResponseException>(() => read.ToCoreOrder(_ => ProductKind.Mug));
        }
    }

    [Fact]
    public void Mapping_names_the_field_when_TikTok_sends_an_order_a_core_order_cannot_hold()
    {
        // Found by fuzzing: these threw ArgumentException from Core's constructors.
        var noId = new TikTokOrder { CreateTime = Harness.Start, RecipientAddress = new TikTokRecipientAddress { RegionCode = "GB" }, LineItems = [new TikTokLineItem { Id = "a", SellerSku = "X" }] };
        var noSku = new TikTokOrder { Id = "9", CreateTime = Harness.Start, RecipientAddress = new TikTokRecipientAddress { RegionCode = "GB" }, LineItems = [new TikTokLineItem { Id = "a" }] };

        Assert.Contains("id", Assert.Throws<MalformedResponseException>(() => noId.ToCoreOrder(_ => ProductKind.Poster)).Message, StringComparison.Ordinal);
        Assert.Contains("seller_sku", Assert.Throws<MalformedResponseException>(() => noSku.ToCoreOrder(_ => ProductKind.Poster)).Message, StringComparison.Ordinal);
    }
}
