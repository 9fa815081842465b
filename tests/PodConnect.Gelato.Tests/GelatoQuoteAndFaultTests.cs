using PodConnect.Gelato.Internal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PodConnect.Domain;
using PodConnect.Errors;
using PodConnect.Testing.Gelato;
using PodConnect.Testing.Common;

namespace PodConnect.Gelato.Tests;

public sealed class GelatoQuoteAndFaultTests : IDisposable
{
    private readonly GelatoHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_quote_gives_prices_methods_delivery_dates_in_either_wire_form_and_the_production_country(bool epochDates)
    {
        _h.Fake.QuoteDatesAsEpoch = epochDates;
        _h.Fake.FulfillmentCountry = "GB";

        var quote = await _h.Provider.QuoteAsync(GelatoHarness.Order());

        Assert.Equal(new Money(19.00m, "GBP"), quote.ProductsCost);
        Assert.Equal([CountryCode.GB], quote.ProductionCountries);
        Assert.Equal(["dhl_parcel", "dhl_express"], quote.ShippingOptions.Select(o => o.MethodId));
        var cheapest = quote.ShippingOptions[0];
        Assert.Equal(new Money(4.95m, "GBP"), cheapest.Price);
        Assert.Equal(3, cheapest.MinDeliveryDays);
        Assert.Equal(5, cheapest.MaxDeliveryDays);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Assert.InRange(cheapest.MinDeliveryDate!.Value.DayNumber - today.DayNumber, 2, 4);
        Assert.Equal(2, cheapest.MaxDeliveryDate!.Value.DayNumber - cheapest.MinDeliveryDate.Value.DayNumber);
    }

    [Fact]
    public async Task Shipment_methods_are_listed()
    {
        var methods = await _h.Client.GetShipmentMethodsAsync("GB");
        Assert.Contains(methods, m => m.ShipmentMethodUid == "royal_mail_tracked" && m.HasTracking == true);
        Assert.Equal("country=GB", _h.Fake.Requests.Single(r => r.Path == "/v1/shipment-methods").RawQuery?.TrimStart('?'));
    }

    [Fact]
    public async Task A_429_with_a_short_retry_after_is_waited_out_on_a_read()
    {
        var placed = await _h.Provider.PlaceOrderAsync(GelatoHarness.Order());
        _h.Fake.Faults.Add(Fault.RateLimited(TimeSpan.Zero), "/v4/orders/", times: 2, method: HttpMethod.Get);

        var order = await _h.Provider.GetOrderAsync(placed.Order.ProviderOrderId);

        Assert.Equal(placed.Order.ProviderOrderId, order.ProviderOrderId);
        Assert.Equal(3, _h.Fake.Requests.Count(r => r.Method == "GET"));
    }

    [Fact]
    public async Task A_429_asking_for_longer_than_the_budget_surfaces_with_its_retry_after()
    {
        _h.Fake.Faults.Add(Fault.RateLimited(TimeSpan.FromSeconds(120)), "/v4/orders/", method: HttpMethod.Get);

        var error = await Assert.ThrowsAsync<RateLimitedException>(() => _h.Provider.GetOrderAsync("any"));

        Assert.Equal(TimeSpan.FromSeconds(120), error.RetryAfter);
        Assert.Equal(429, error.StatusCode);
    }

    [Fact]
    public async Task Reads_survive_a_connection_reset_and_a_5xx()
    {
        var placed = await _h.Provider.PlaceOrderAsync(GelatoHarness.Order());
        _h.Fake.Faults.Add(Fault.DropConnection(), "/v4/orders/", method: HttpMethod.Get);
        _h.Fake.Faults.Add(Fault.ServerError(502), "/v4/orders/", method: HttpMethod.Get);

        var order = await _h.Provider.GetOrderAsync(placed.Order.ProviderOrderId);

        Assert.Equal(PodConnect.Providers.PodOrderStatus.Received, order.Status);
    }

    [Fact]
    public async Task A_malformed_body_is_a_typed_error_not_a_null_reference()
    {
        _h.Fake.Faults.Add(Fault.MalformedBody("{\"id\": \"truncated"), "/v4/orders/", method: HttpMethod.Get);

        var error = await Assert.ThrowsAsync<MalformedResponseException>(() => _h.Provider.GetOrderAsync("any"));
        Assert.Equal("gelato", error.Service);
    }

    [Fact]
    public async Task An_order_without_an_id_is_malformed()
    {
        var error = Assert.Throws<MalformedResponseException>(() => GelatoMapping.ToPodOrder(new Models.GelatoOrder { OrderReferenceId = "x" }));
        Assert.Contains("id", error.Message, StringComparison.Ordinal);
        await Task.CompletedTask;
    }

    [Fact]
    public async Task A_wrong_api_key_is_an_authentication_error_that_names_the_service()
    {
        using var fake = FakeGelato.Start(apiKey: "the-right-key");
        var services = new ServiceCollection();
        services.AddPodConnect(b => b.AddGelato(o =>
        {
            o.ApiKey = "a-wrong-key";
            o.BaseAddress = fake.BaseAddress;
            o.ShipmentBaseAddress = fake.BaseAddress;
            o.ProductBaseAddress = fake.BaseAddress;
        }));
        await using var provider = services.BuildServiceProvider();

        var error = await Assert.ThrowsAsync<AuthenticationException>(() => provider.GetRequiredService<GelatoPodProvider>().GetOrderAsync("x"));

        Assert.Equal(401, error.StatusCode);
        Assert.DoesNotContain("a-wrong-key", error.ToString(), StringComparison.Ordinal);
    }
}

public sealed class GelatoRegistrationTests
{
    [Fact]
    public void Missing_settings_fail_at_start_naming_each_setting()
    {
        var services = new ServiceCollection();
        var builder = default(PodConnect.DependencyInjection.PodProviderBuilder);
        services.AddPodConnect(b => builder = b.AddGelato(o => o.BaseAddress = new Uri("http://gelato.example/v4/")));
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("GelatoClientOptions.ApiKey", error.Message, StringComparison.Ordinal);
        Assert.Contains("GelatoClientOptions.BaseAddress must use https", error.Message, StringComparison.Ordinal);
        Assert.NotNull(builder!.HttpClient);
        Assert.Equal(GelatoClient.HttpClientName, builder.HttpClient.Name);
    }

    [Fact]
    public void The_provider_is_registered_as_an_IPodProvider_and_keyed_by_name()
    {
        var services = new ServiceCollection();
        services.AddPodConnect(b => b.AddGelato(o => o.ApiKey = "k"));
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IStartupValidator>().Validate();
        Assert.IsType<GelatoPodProvider>(Assert.Single(provider.GetServices<PodConnect.Providers.IPodProvider>()));
        Assert.Equal("gelato", provider.GetRequiredKeyedService<PodConnect.Providers.IPodProvider>("gelato").Name);
    }

    [Fact]
    public void Options_never_print_secrets()
    {
        var text = new GelatoClientOptions { ApiKey = "sk-123", WebhookSecret = "wh-456" }.ToString();
        Assert.DoesNotContain("sk-123", text, StringComparison.Ordinal);
        Assert.DoesNotContain("wh-456", text, StringComparison.Ordinal);
    }
}
