using PodConnect.Errors;
using PodConnect.Testing.TikTokShop;
using PodConnect.TikTokShop.Orders;

namespace PodConnect.TikTokShop.Tests;

/// <summary>External order references: the POD provider's order id attached to the TikTok order and found again.</summary>
public sealed class ExternalOrderTests : IDisposable
{
    private static readonly TikTokExternalPlatform Oms = TikTokExternalPlatform.OrderManagementSystem;

    private readonly Harness _h = new();

    public ExternalOrderTests() =>
        _h.Fake.SeedOrders(FakeTikTokShop.DefaultShopCipher,
            FakeTikTokOrders.Create("42", Harness.Start, [new FakeOrderLine("TEE", 2)]),
            FakeTikTokOrders.Create("43", Harness.Start, [new FakeOrderLine("MUG")]));

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task An_attached_provider_order_is_read_back_and_found_from_TikTok_alone()
    {
        var order = await _h.Shop.Orders.GetOrderAsync("42");

        await _h.Shop.Orders.AddExternalOrderReferenceAsync(TikTokExternalOrderLink.ForWholeOrder(order, "gelato-9001", Oms));

        var attached = Assert.Single(await _h.Shop.Orders.GetExternalOrdersAsync("42", Oms));
        Assert.Equal("gelato-9001", attached.Id);
        Assert.Equal(Oms, attached.Platform);
        Assert.Equal(order.LineItems.Select(i => i.Id), attached.LineItems.Select(i => i.TikTokLineItemId));
        var found = Assert.Single(await _h.Shop.Orders.FindByExternalOrderAsync(Oms, "gelato-9001"));
        Assert.Equal("42", found.OrderId);
        Assert.Empty(await _h.Shop.Orders.FindByExternalOrderAsync(Oms, "never-placed"));
        Assert.Empty(await _h.Shop.Orders.GetExternalOrdersAsync("43", Oms));
    }

    [Fact]
    public async Task Attaching_again_for_the_same_platform_replaces_the_reference()
    {
        var order = await _h.Shop.Orders.GetOrderAsync("42");
        await _h.Shop.Orders.AddExternalOrderReferenceAsync(TikTokExternalOrderLink.ForWholeOrder(order, "first", Oms));
        await _h.Shop.Orders.AddExternalOrderReferenceAsync(TikTokExternalOrderLink.ForWholeOrder(order, "second", Oms));

        Assert.Equal("second", Assert.Single(await _h.Shop.Orders.GetExternalOrdersAsync("42", Oms)).Id);
        Assert.Empty(await _h.Shop.Orders.FindByExternalOrderAsync(Oms, "first"));
    }

    [Fact]
    public async Task Refused_orders_come_back_per_order_and_the_rest_are_attached()
    {
        var good = TikTokExternalOrderLink.ForWholeOrder(await _h.Shop.Orders.GetOrderAsync("43"), "p-43", Oms);
        var unknown = new TikTokExternalOrderLink("999", new TikTokExternalOrder("p-999", Oms, [new TikTokExternalLineItem("x", "y")]));

        var result = await _h.Shop.Orders.AddExternalOrderReferencesAsync([unknown, good]);

        var error = Assert.Single(result.Errors);
        Assert.Equal("999", error.OrderId);
        Assert.Equal("36020001", error.Code);
        Assert.Equal("p-999", error.ExternalOrderId);
        Assert.Equal("43", Assert.Single(await _h.Shop.Orders.FindByExternalOrderAsync(Oms, "p-43")).OrderId);
        var ex = await Assert.ThrowsAsync<ValidationException>(() => _h.Shop.Orders.AddExternalOrderReferenceAsync(unknown));
        Assert.Equal("36020001", ex.ErrorCode);
    }

    [Fact]
    public async Task A_link_without_line_items_is_refused_client_side()
    {
        var empty = new TikTokExternalOrderLink("42", new TikTokExternalOrder("p", Oms, []));

        await Assert.ThrowsAsync<ArgumentException>(() => _h.Shop.Orders.AddExternalOrderReferencesAsync([empty]));
        Assert.Empty(_h.Fake.Requests);
    }

    [Fact]
    public async Task The_search_sends_its_parameters_in_the_query_and_an_empty_object_body()
    {
        await _h.Shop.Orders.FindByExternalOrderAsync(Oms, "p-1");

        var request = Assert.Single(_h.RequestsTo("/order/202406/orders/external_order_search"));
        Assert.Equal("ORDER_MANAGEMENT_SYSTEM", request.QueryValue("platform"));
        Assert.Equal("p-1", request.QueryValue("external_order_id"));
        Assert.Equal("{}"u8.ToArray(), request.Body);
        Assert.Equal(0, request.TikTokCode());
    }
}
