using System.Text.Json.Nodes;
using PodConnect.Domain;
using PodConnect.Providers;

namespace PodConnect.Gelato.Tests;

public sealed class GelatoFieldLimitTests : IDisposable
{
    private readonly GelatoHarness _h = new();

    public void Dispose() => _h.Dispose();

    private static PodOrderRequest Order(IReadOnlyList<string> lines, string city = "Glasgow", string name = "Ada Lovelace", string? phone = "+44 7700 900000") =>
        new("lim-1", new Address(CountryCode.GB, "G1 1AA", city, lines), new Recipient(name, phone, "ada@example.com"),
            [new PodOrderLine("lim-1-1", "apparel_product_gca_t-shirt", 1)]);

    [Fact]
    public async Task A_long_first_address_line_wraps_onto_the_second_at_a_word_boundary()
    {
        var placed = await _h.Provider.PlaceOrderAsync(Order(["Flat 12, Kelvingrove Mansions Court, 1400 Sauchiehall Street"]));

        var address = JsonNode.Parse(_h.Fake.Requests.Single(r => r.Is("POST", "/v4/orders")).Body)!["shippingAddress"]!;
        Assert.Equal("Flat 12, Kelvingrove Mansions", address["addressLine1"]!.GetValue<string>());
        Assert.Equal("Court, 1400 Sauchiehall Street", address["addressLine2"]!.GetValue<string>());
        Assert.False(placed.AlreadyExisted);
    }

    [Fact]
    public async Task Two_short_lines_stay_as_they_are()
    {
        await _h.Provider.PlaceOrderAsync(Order(["1 George Square", "Flat 2"]));

        var address = JsonNode.Parse(_h.Fake.Requests.Single(r => r.Is("POST", "/v4/orders")).Body)!["shippingAddress"]!;
        Assert.Equal("1 George Square", address["addressLine1"]!.GetValue<string>());
        Assert.Equal("Flat 2", address["addressLine2"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("city", "shippingAddress.city", 30)]
    [InlineData("name", "shippingAddress.lastName", 25)]
    [InlineData("phone", "shippingAddress.phone", 25)]
    [InlineData("lines", "shippingAddress.addressLine2", 35)]
    public async Task A_field_over_the_limit_with_no_next_line_is_refused_before_any_call_naming_the_field(string what, string field, int limit)
    {
        var order = what switch
        {
            "city" => Order(["1 George Square"], city: "Llanfairpwllgwyngyllgogerychwyrndrobwll"),
            "name" => Order(["1 George Square"], name: "Ada Augusta Wolstonecraftsonlovelacekingnoel"),
            "phone" => Order(["1 George Square"], phone: "+44 7700 900000 extension 12345"),
            _ => Order(["Flat 12, Kelvingrove Mansions Court", "1400 Sauchiehall Street West End", "Glasgow City Centre North"]),
        };

        var error = await Assert.ThrowsAsync<PodFieldLimitException>(() => _h.Provider.PlaceOrderAsync(order));

        Assert.Equal(field, error.Field);
        Assert.Equal(limit, error.MaxLength);
        Assert.Equal("gelato", error.Service);
        Assert.Empty(_h.Fake.Requests);
        Assert.DoesNotContain("Llanfair", error.Message, StringComparison.Ordinal);
    }
}

public sealed class GelatoCallBudgetTests
{
    [Fact]
    public async Task A_new_placement_costs_two_calls_and_a_replay_two_more()
    {
        using var h = new GelatoHarness();

        await h.Provider.PlaceOrderAsync(GelatoHarness.Order("budget-1"));
        var first = h.Fake.Requests.Select(r => r.ToString()).ToList();
        await h.Provider.PlaceOrderAsync(GelatoHarness.Order("budget-1"));

        Assert.Equal(["POST /v4/orders:search", "POST /v4/orders"], first);
        Assert.Equal(4, h.Fake.Requests.Count);
        Assert.StartsWith("GET /v4/orders/", h.Fake.Requests[^1].ToString(), StringComparison.Ordinal);
    }
}
