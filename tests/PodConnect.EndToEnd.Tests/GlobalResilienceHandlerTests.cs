using Microsoft.Extensions.DependencyInjection;
using PodConnect.Errors;
using PodConnect.Providers;
using PodConnect.Testing.Common;
using PodConnect.Testing.Gelato;

namespace PodConnect.EndToEnd.Tests;

/// <summary>
/// An app that adds a resilience handler to every HttpClient (as .NET Aspire templates do) must not get
/// provider creates retried by that outer handler: a 5xx on create stays one request and no order.
/// </summary>
public sealed class GlobalResilienceHandlerTests : IDisposable
{
    private readonly FakeGelato _gelato = FakeGelato.Start();

    public void Dispose() => _gelato.Dispose();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_global_standard_resilience_handler_never_retries_a_provider_create(bool defaultsFirst)
    {
        var services = new ServiceCollection();
        if (defaultsFirst)
        {
            services.ConfigureHttpClientDefaults(b => b.AddStandardResilienceHandler());
        }

        services.AddPodConnect(b => b.AddGelato(o =>
        {
            o.ApiKey = FakeGelato.DefaultApiKey;
            o.BaseAddress = _gelato.BaseAddress;
            o.ShipmentBaseAddress = _gelato.BaseAddress;
            o.ProductBaseAddress = _gelato.BaseAddress;
        }));
        if (!defaultsFirst)
        {
            services.ConfigureHttpClientDefaults(b => b.AddStandardResilienceHandler());
        }

        await using var provider = services.BuildServiceProvider();
        var gelato = provider.GetRequiredKeyedService<IPodProvider>("gelato");
        _gelato.Faults.Add(Fault.ServerError(503), "/v4/orders", times: 1, method: HttpMethod.Post, exactPath: true);

        await Assert.ThrowsAsync<ServerException>(() => gelato.PlaceOrderAsync(Order()));

        Assert.Equal(1, _gelato.Requests.Count(r => r.Is("POST", "/v4/orders")));
        Assert.Empty(_gelato.Orders);
    }

    private static PodOrderRequest Order() => new(
        "577000000000000001",
        new Domain.Address(Domain.CountryCode.GB, "EH1 1YZ", "Edinburgh", ["1 High Street"]),
        new Domain.Recipient("Alex Buyer"),
        [new PodOrderLine("1", "apparel_product_gca_t-shirt_gsc_crewneck_gcu_unisex_gqa_classic_gsi_m_gco_black_gpr_4-4", 1, [new PodPrintFile("default", new Uri("https://cdn.example/tee.png"))])]);
}
