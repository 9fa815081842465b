using PodConnect.Catalog;
using PodConnect.Domain;
using PodConnect.Providers;

namespace PodConnect.Cli.Demo;

/// <summary>
/// The demo shop: what it sells (its catalogue, as a user writes it with the in-code builder) and where
/// its buyers live. Product and variant ids are plausible examples of each provider's id format; the
/// fakes accept any id in the right format.
/// </summary>
internal static class DemoShop
{
    /// <summary>A product the shop sells, and how often a buyer picks it (weights add up to 100).</summary>
    public sealed record Product(string Sku, ProductKind Kind, int Weight);

    /// <summary>A buyer's place: country, optional ISO 3166-2 subdivision, town and postal code, and how often buyers live there (weights add up to 100).</summary>
    public sealed record Place(string Country, string? Subdivision, string Town, string PostalCode, int Weight);

    public static IReadOnlyList<Product> Products { get; } =
    [
        new("TEE-VIRAL-BLK-M", ProductKind.TShirt, 45),
        new("HOODIE-VIRAL-BLK-L", ProductKind.Hoodie, 20),
        new("MUG-VIRAL-11OZ", ProductKind.Mug, 15),
        new("POSTER-VIRAL-A3", ProductKind.Poster, 12),
        new("TOTE-VIRAL-NAT", ProductKind.Tote, 8),
    ];

    /// <summary>UK and EU buyers, weighted towards the UK (TikTok Shop's largest European market).</summary>
    public static IReadOnlyList<Place> Places { get; } =
    [
        new("GB", "GB-ENG", "London", "E1 6AN", 14),
        new("GB", "GB-ENG", "Manchester", "M1 1AE", 8),
        new("GB", "GB-ENG", "Birmingham", "B1 1BB", 6),
        new("GB", "GB-SCT", "Glasgow", "G1 1XQ", 5),
        new("GB", "GB-WLS", "Cardiff", "CF10 1EP", 3),
        new("GB", "GB-NIR", "Belfast", "BT1 5GS", 2),
        new("IE", null, "Dublin", "D02 X285", 5),
        new("DE", "DE-BE", "Berlin", "10115", 7),
        new("DE", "DE-BY", "München", "80331", 5),
        new("DE", "DE-NW", "Köln", "50667", 4),
        new("FR", null, "Paris", "75001", 7),
        new("FR", null, "Lyon", "69001", 4),
        new("ES", "ES-MD", "Madrid", "28013", 5),
        new("ES", "ES-CT", "Barcelona", "08001", 4),
        new("IT", null, "Milano", "20121", 6),
        new("IT", null, "Roma", "00184", 5),
    ];

    /// <summary>The catalogue: each SKU's product kind and the product or variant at each provider that makes it.</summary>
    public static void Catalog(ProductCatalogBuilder catalog)
    {
        var tee = Files("front", "tee-front.png");
        var hoodie = Files("front", "hoodie-front.png");
        var mug = Files("default", "mug-wrap.png");
        var poster = Files("default", "poster-a3.png");
        var tote = Files("front", "tote-front.png");
        catalog
            .Add("TEE-VIRAL-BLK-M", ProductKind.TShirt, p => p
                .At("gelato", "apparel_product_gca_t-shirt_gsc_crewneck_gcu_unisex_gqa_classic_gsi_m_gco_black_gpr_4-4", tee)
                .At("printful", "4017", tee)
                .At("prodigi", "GLOBAL-TEE-GIL-64000?color=black&size=m", tee)
                .At("printify", "12/29/18100", tee))
            .Add("HOODIE-VIRAL-BLK-L", ProductKind.Hoodie, p => p
                .At("gelato", "apparel_product_gca_hoodie_gsc_pullover_gcu_unisex_gqa_classic_gsi_l_gco_black_gpr_4-0", hoodie)
                .At("printful", "5531", hoodie)
                .At("printify", "77/29/32920", hoodie))
            .Add("MUG-VIRAL-11OZ", ProductKind.Mug, p => p
                .At("gelato", "mug_product_msz_11-oz_mmat_ceramic-white_cl_4-0", mug)
                .At("printful", "1320", mug)
                .At("prodigi", "GLOBAL-MUG-W", mug)
                .At("printify", "68/1/33719", mug))
            .Add("POSTER-VIRAL-A3", ProductKind.Poster, p => p
                .At("gelato", "flat_product_pf_a3_pt_200-gsm-80lb-uncoated_cl_4-0_ver", poster)
                .At("printful", "6239", poster)
                .At("prodigi", "GLOBAL-FAP-A3", poster)
                .At("printify", "282/99/43135", poster))
            .Add("TOTE-VIRAL-NAT", ProductKind.Tote, p => p
                .At("gelato", "bag_product_bsc_tote-bag_bqa_clc_bsi_std-t_bco_natural_bpr_4-0", tote)
                .At("printful", "10457", tote)
                .At("printify", "553/29/63225", tote));
    }

    private static PodPrintFile[] Files(string placement, string file) => [new PodPrintFile(placement, new Uri("https://cdn.example.com/viral/" + file))];
}
