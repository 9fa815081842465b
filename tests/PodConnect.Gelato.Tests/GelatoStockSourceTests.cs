using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PodConnect.Errors;
using PodConnect.Gelato.Internal;
using PodConnect.Gelato.Serialization;
using PodConnect.Providers;
using PodConnect.Testing.Fuzzing;
using PodConnect.Testing.Gelato;
using Xunit.Abstractions;

namespace PodConnect.Gelato.Tests;

/// <summary>
/// Gelato's stock API for the loop's poller: Product API v3 <c>POST /v3/stock/region-availability</c> against the fake,
/// its stock regions mapped to the network's facilities through <see cref="GelatoClientOptions.StockRegionFacilities"/>.
/// </summary>
public sealed class GelatoStockSourceTests(ITestOutputHelper output) : IDisposable
{
    private const string Tee = "apparel_product_gca_t-shirt_gsc_crewneck_gcu_unisex_gqa_classic_gsi_m_gco_white_gpr_4-0";
    private static readonly GelatoErrorFunnel Funnel = new(TimeProvider.System);
    private readonly GelatoHarness _h = new();

    public void Dispose() => _h.Dispose();

    private IPodStockSource Source => Assert.Single(_h.Services.GetServices<IPodStockSource>());

    [Fact]
    public async Task AddGelato_registers_the_source_and_a_UK_stock_out_marks_London_only()
    {
        _h.Fake.SetStock(Tee, "out-of-stock-replenishable", "UK", replenishmentDate: "2026-03-09");

        var changes = await Source.ReadStockAsync([Tee]).ToListAsync();

        Assert.Equal("gelato", Source.Provider);
        Assert.Equal(PodStockStatus.InStock, changes.Single(c => c.FacilityId is null).Status);
        Assert.Equal(PodStockStatus.OutOfStock, changes.Single(c => c.FacilityId == "gelato-gb-london").Status);
        Assert.All(changes.Where(c => c.FacilityId is not null and not "gelato-gb-london"), c => Assert.Equal(PodStockStatus.InStock, c.Status));
        Assert.Equal(7, changes.Count(c => c.FacilityId is not null)); // London + the six EU hubs
        var request = Assert.Single(_h.Fake.Requests);
        Assert.Equal(("POST", "/v3/stock/region-availability"), (request.Method, request.Path));
        Assert.Equal(FakeGelato.DefaultApiKey, request.Headers!["X-API-KEY"].Single());
        Assert.Equal(new JsonArray(Tee).ToJsonString(), JsonNode.Parse(request.Body)!["products"]!.ToJsonString());
    }

    [Theory]
    [InlineData("in-stock", PodStockStatus.InStock)]
    [InlineData("non-stockable", PodStockStatus.InStock)]
    [InlineData("out-of-stock-replenishable", PodStockStatus.OutOfStock)]
    [InlineData("out-of-stock", PodStockStatus.Discontinued)]
    [InlineData("not-supported", PodStockStatus.Discontinued)]
    public async Task Each_status_Gelato_documents_maps_to_one_stock_status(string status, PodStockStatus expected)
    {
        _h.Fake.SetStock(Tee, status);

        var changes = await Source.ReadStockAsync([Tee]).ToListAsync();

        Assert.All(changes, c => Assert.Equal(expected, c.Status));
        Assert.All(changes, c => Assert.Equal(status, c.RawStatus));
    }

    [Fact]
    public async Task An_unknown_status_says_nothing_and_products_go_fifty_to_a_request()
    {
        _h.Fake.SetStock(Tee, "back-soon");
        var products = Enumerable.Range(0, 120).Select(i => $"mug_{i}").Append(Tee).ToList();

        var changes = await Source.ReadStockAsync(products).ToListAsync();

        Assert.DoesNotContain(changes, c => c.ProductId == Tee);
        Assert.Equal(120, changes.Count(c => c.FacilityId is null));
        Assert.Equal([50, 50, 21], _h.Fake.Requests.Select(r => JsonNode.Parse(r.Body)!["products"]!.AsArray().Count));
    }

    [Fact]
    public async Task A_server_error_surfaces_typed_and_names_gelato()
    {
        _h.Fake.Faults.Add(Testing.Common.Fault.ServerError(503), "/v3/stock/", times: 10);

        var error = await Assert.ThrowsAsync<ServerException>(async () => await Source.ReadStockAsync([Tee]).ToListAsync());

        Assert.Equal("gelato", error.Service);
    }

    [Fact]
    public async Task Mutations_of_a_region_availability_answer_end_in_changes_or_a_typed_error()
    {
        _h.Fake.SetStock(Tee, "out-of-stock-replenishable", "UK", replenishmentDate: "2026-03-09");
        _h.Fake.SetStock(Tee, "not-supported", "US-CA");
        await _h.Client.GetStockRegionAvailabilityAsync([Tee, "mug_11oz"]);
        var body = System.Text.Encoding.UTF8.GetBytes(Assert.Single(_h.Fake.Requests).ResponseBody!);
        var table = new GelatoClientOptions().StockRegionFacilities;

        var summary = Fuzz.Check(new JsonMutator(seed: 17).Mutate(body, 3_000), bytes =>
        {
            var response = Funnel.Deserialize(bytes, GelatoJsonContext.Default.GelatoStockAvailabilityResponse, null);
            _ = GelatoStockSource.ToChanges([Tee, "mug_11oz"], response, table).ToList();
        }, e => e is PodConnectException);

        output.WriteLine(summary.ToString());
        Assert.Equal(3_000, summary.Total);
    }
}
