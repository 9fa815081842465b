using System.Text;
using PodConnect.Catalog;
using PodConnect.Testing.Fuzzing;

namespace PodConnect.Tests.Fuzzing;

/// <summary>
/// The catalogue is a file the user (or a tool) writes; whatever it holds, loading it gives a catalogue or
/// a <see cref="CatalogValidationException"/> naming the field — never a raw runtime exception at start-up.
/// </summary>
public class CatalogJsonFuzzTests
{
    private static readonly byte[] Valid = Encoding.UTF8.GetBytes("""
        {
          "products": [
            { "sku": "TEE-BLK-M", "kind": "t-shirt",
              "providers": {
                "gelato": { "product": "apparel_tee_black_m", "files": [ { "placement": "front", "url": "https://cdn.example.com/tee.png" } ] },
                "printful": { "product": "4012", "files": [ { "placement": "front", "url": "https://cdn.example.com/tee.png" } ] }
              } },
            { "sku": "MUG-11", "kind": "Mug", "providers": { "printful": { "product": "1320" } } }
          ]
        }
        """);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Any_mutation_of_a_valid_catalogue_is_a_catalogue_or_a_validation_error_naming_the_field(int seed)
    {
        var summary = Fuzz.Check(
            new JsonMutator(seed).Mutate(Valid, 3_000),
            json => Load(json),
            e => e is CatalogValidationException { Field.Length: > 0 });

        Assert.Equal(3_000, summary.Total);
        Assert.True(summary.Rejected > 0 && summary.Parsed > 0, $"parsed {summary.Parsed}, rejected {summary.Rejected}");
    }

    [Theory]
    [InlineData("""{"products":[{"sku":"A","kind":"\uD800","providers":{"p":{"product":"x"}}}]}""", "products[0].kind")]
    [InlineData("""{"products":[{"sku":"A","kind":"mug","providers":{"p":{"product":"x","files":[{"placement":"front","url":"file:///etc/passwd"}]}}}]}""", "products[0].providers.p.files[0].url")]
    [InlineData("""{"products":[{"sku":"A","kind":"mug","providers":{"p":null}}]}""", "products[0].providers.p.product")]
    [InlineData("""{"products":[null]}""", "products[0]")]
    [InlineData("""{"products":{"sku":"A"}}""", "products")]
    [InlineData("""[]""", "$")]
    public void Hostile_shapes_name_the_field(string json, string field)
    {
        var e = Assert.Throws<CatalogValidationException>(() => Load(Encoding.UTF8.GetBytes(json)));

        Assert.Equal(field, e.Field);
    }

    [Fact]
    public void Invalid_utf8_is_a_validation_error_not_a_decoder_exception()
    {
        var json = Encoding.UTF8.GetBytes("""{"products":[{"sku":"A?","kind":"mug","providers":{"p":{"product":"x"}}}]}""");
        json[Array.IndexOf(json, (byte)'?')] = 0xC3; // a lead byte with no continuation

        var e = Assert.Throws<CatalogValidationException>(() => Load(json));

        Assert.NotEmpty(e.Field);
    }

    private static void Load(byte[] json)
    {
        using var stream = new MemoryStream(json);
        ProductCatalog.Create().FromJson(stream).Build();
    }
}
