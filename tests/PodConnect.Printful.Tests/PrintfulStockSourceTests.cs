using Microsoft.Extensions.DependencyInjection;
using PodConnect.Errors;
using PodConnect.Printful.Internal;
using PodConnect.Printful.Serialization;
using PodConnect.Providers;
using PodConnect.Testing.Fuzzing;
using PodConnect.Testing.Printful;
using Xunit.Abstractions;

namespace PodConnect.Printful.Tests;

/// <summary>
/// Printful's stock API for the loop's poller: v2 <c>GET /v2/catalog-variants/{id}/availability</c> against the fake, its
/// selling regions mapped to the network's facilities through <see cref="PrintfulClientOptions.StockRegionFacilities"/>.
/// </summary>
public sealed class PrintfulStockSourceTests(ITestOutputHelper output) : IDisposable
{
    private static readonly PrintfulErrorFunnel Funnel = new(TimeProvider.System);
    private readonly PrintfulHarness _h = new();

    public void Dispose() => _h.Dispose();

    private IPodStockSource Source => Assert.Single(_h.Services.GetServices<IPodStockSource>());

    [Fact]
    public async Task AddPrintful_registers_the_source_and_a_uk_stock_out_marks_Birmingham_only()
    {
        _h.Fake.SetAvailability(4012, "out of stock", "uk");

        var changes = await Source.ReadStockAsync(["4012"]).ToListAsync();

        Assert.Equal("printful", Source.Provider);
        Assert.Equal(
            [(null, PodStockStatus.InStock), ("printful-es-barcelona", PodStockStatus.InStock), ("printful-gb-birmingham", PodStockStatus.OutOfStock), ("printful-lv-riga", PodStockStatus.InStock)],
            changes.Select(c => (c.FacilityId, c.Status)));
        var request = Assert.Single(_h.Fake.Requests);
        Assert.Equal(("GET", "/v2/catalog-variants/4012/availability"), (request.Method, request.Path));
        Assert.Contains("Bearer " + FakePrintful.DefaultAccessToken, request.Headers!["Authorization"]);
    }

    [Fact]
    public async Task Out_of_stock_everywhere_is_out_of_stock_for_the_provider_and_not_fulfillable_is_discontinued()
    {
        _h.Fake.SetAvailability(4012, "out of stock");
        _h.Fake.SetAvailability(4013, "not fulfillable");

        var changes = await Source.ReadStockAsync(["4012", "4013"]).ToListAsync();

        Assert.Equal(PodStockStatus.OutOfStock, changes.Single(c => c.ProductId == "4012" && c.FacilityId is null).Status);
        Assert.Equal(PodStockStatus.Discontinued, changes.Single(c => c.ProductId == "4013" && c.FacilityId is null).Status);
        Assert.Equal("not fulfillable", changes.Single(c => c.ProductId == "4013" && c.FacilityId is null).RawStatus);
    }

    [Fact]
    public async Task Ids_that_are_not_catalog_variants_are_not_asked_about_and_an_unknown_answer_says_nothing()
    {
        _h.Fake.SetAvailability(4012, "unknown");

        var changes = await Source.ReadStockAsync(["sync:998877", "4012"]).ToListAsync();

        Assert.Empty(changes);
        Assert.Equal(["/v2/catalog-variants/4012/availability"], _h.Fake.Requests.Select(r => r.Path));
    }

    [Fact]
    public async Task A_failing_read_surfaces_as_a_typed_error_after_what_was_read()
    {
        _h.Fake.SetAvailability(4012, "out of stock");
        _h.Fake.Faults.Add(Testing.Common.Fault.Status(404, """{"type":"https://developers.printful.com/docs/v2-beta/#errors/not-found","status":404,"title":"Not Found"}"""), "/v2/catalog-variants/4013/");
        var read = new List<PodStockChange>();

        var error = await Assert.ThrowsAsync<NotFoundException>(async () =>
        {
            await foreach (var change in Source.ReadStockAsync(["4012", "4013"]))
            {
                read.Add(change);
            }
        });

        Assert.Equal("printful", error.Service);
        Assert.Contains(read, c => c.ProductId == "4012" && c.Status == PodStockStatus.OutOfStock);
    }

    [Fact]
    public async Task Mutations_of_an_availability_answer_end_in_changes_or_a_typed_error()
    {
        _h.Fake.SetAvailability(4012, "out of stock", "uk");
        _h.Fake.SetAvailability(4012, "not fulfillable", "spain");
        await _h.Client.GetVariantAvailabilityAsync(4012);
        var body = System.Text.Encoding.UTF8.GetBytes(Assert.Single(_h.Fake.Requests).ResponseBody!);
        var table = new PrintfulClientOptions().StockRegionFacilities;

        var summary = Fuzz.Check(new JsonMutator(seed: 13).Mutate(body, 3_000), bytes =>
        {
            var data = Funnel.Deserialize(bytes, PrintfulJsonContext.Default.PrintfulV2ResponsePrintfulVariantAvailability, null).Data
                ?? throw Funnel.Malformed(null, "the v2 envelope has no 'data'", null);
            _ = PrintfulStockSource.ToChanges("4012", data, table);
        }, e => e is PodConnectException);

        output.WriteLine(summary.ToString());
        Assert.Equal(3_000, summary.Total);
    }
}
