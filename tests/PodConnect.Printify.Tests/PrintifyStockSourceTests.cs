using Microsoft.Extensions.DependencyInjection;
using PodConnect.Errors;
using PodConnect.Printify.Internal;
using PodConnect.Printify.Serialization;
using PodConnect.Providers;
using PodConnect.Testing.Fuzzing;
using PodConnect.Testing.Printify;
using Xunit.Abstractions;

namespace PodConnect.Printify.Tests;

/// <summary>
/// Printify's stock for the loop's poller: the catalog variant list of a blueprint at a print provider lists only variants
/// in stock, so a catalogued variant missing from it is out of stock. Against the fake.
/// </summary>
public sealed class PrintifyStockSourceTests(ITestOutputHelper output) : IDisposable
{
    private readonly PrintifyHarness _h = new();

    public void Dispose() => _h.Dispose();

    private IPodStockSource Source => Assert.Single(_h.Services.GetServices<IPodStockSource>());

    [Fact]
    public async Task A_variant_the_list_leaves_out_is_out_of_stock_and_one_listed_is_in_stock_one_call_per_blueprint_and_provider()
    {
        _h.Fake.SetCatalogVariant(12, 29, 18100);
        _h.Fake.SetCatalogVariant(12, 29, 18101, inStock: false);
        _h.Fake.SetCatalogVariant(68, 1, 33719);

        var changes = await Source.ReadStockAsync(["12/29/18100", "12/29/18101", "68/1/33719", "5bfd0b66a342bcc9b5563216/17887", "sku:TEE"]).ToListAsync();

        Assert.Equal("printify", Source.Provider);
        Assert.Equal(
            [("12/29/18100", PodStockStatus.InStock), ("12/29/18101", PodStockStatus.OutOfStock), ("68/1/33719", PodStockStatus.InStock)],
            changes.Select(c => (c.ProductId, c.Status)));
        Assert.All(changes, c => Assert.Null(c.FacilityId)); // the product id names the print provider: one facility
        Assert.Equal(["/v1/catalog/blueprints/12/print_providers/29/variants.json", "/v1/catalog/blueprints/68/print_providers/1/variants.json"], _h.Fake.Requests.Select(r => r.Path));
        Assert.All(_h.Fake.Requests, r => Assert.Null(r.QueryValue("show-out-of-stock"))); // the default list: in stock only
    }

    [Fact]
    public void An_is_available_false_on_a_listed_variant_counts_as_out_of_stock()
    {
        var listed = new Models.PrintifyCatalogVariants { Variants = [new Models.PrintifyCatalogVariant { Id = 18100, IsAvailable = false }, null] };

        var change = Assert.Single(PrintifyStockSource.ToChanges([("12/29/18100", 18100)], listed));

        Assert.Equal((PodStockStatus.OutOfStock, "is_available: false"), (change.Status, change.RawStatus));
    }

    [Fact]
    public async Task An_unknown_blueprint_or_provider_surfaces_as_a_typed_error_naming_printify()
    {
        var error = await Assert.ThrowsAsync<NotFoundException>(async () => await Source.ReadStockAsync(["999/1/1"]).ToListAsync());

        Assert.Equal("printify", error.Service);
    }

    [Fact]
    public async Task Mutations_of_a_variant_list_end_in_changes_or_a_typed_error()
    {
        _h.Fake.SetCatalogVariant(12, 29, 18100);
        _h.Fake.SetCatalogVariant(12, 29, 18102);
        await _h.Client.GetCatalogVariantsAsync(12, 29);
        var body = System.Text.Encoding.UTF8.GetBytes(Assert.Single(_h.Fake.Requests).ResponseBody!);
        var funnel = new PrintifyErrorFunnel(TimeProvider.System);

        var summary = Fuzz.Check(new JsonMutator(seed: 19).Mutate(body, 3_000), bytes =>
        {
            var listed = funnel.Deserialize(bytes, PrintifyJsonContext.Default.PrintifyCatalogVariants, null);
            _ = PrintifyStockSource.ToChanges([("12/29/18100", 18100), ("12/29/18101", 18101)], listed).ToList();
        }, e => e is PodConnectException);

        output.WriteLine(summary.ToString());
        Assert.Equal(3_000, summary.Total);
    }
}
