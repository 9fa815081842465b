using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using BenchmarkDotNet.Attributes;
using PodConnect.Testing.TikTokShop;
using PodConnect.TikTokShop.Internal;
using PodConnect.TikTokShop.Orders;

namespace PodConnect.Benchmarks.TikTokShop;

/// <summary>
/// Reading one 100-order page of Search Orders (as TikTok returns it, built by the fake's order
/// builder): source-generated metadata vs the same options resolved by reflection as the baseline.
/// </summary>
[MemoryDiagnoser]
public class OrderPageDeserializationBenchmarks
{
    private static readonly JsonSerializerOptions ReflectionOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    private byte[] _page = [];

    [GlobalSetup]
    public void Setup()
    {
        var orders = new JsonArray();
        var created = new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 100; i++)
        {
            FakeOrderLine[] lines = i % 3 == 0
                ? [new FakeOrderLine("TEE-BLK-M", 2), new FakeOrderLine("MUG-11OZ")]
                : [new FakeOrderLine("HOODIE-GRY-L")];
            orders.Add(FakeTikTokOrders.Create($"5770{i:D14}", created.AddMinutes(i * 7), lines));
        }

        var envelope = new JsonObject
        {
            ["code"] = 0,
            ["message"] = "Success",
            ["request_id"] = "202611240900000102151520231A2B3C",
            ["data"] = new JsonObject { ["orders"] = orders, ["next_page_token"] = "aDU2dHJkY2Y2dWx4b3p1N2s=", ["total_count"] = 1000 },
        };
        _page = JsonSerializer.SerializeToUtf8Bytes(envelope);

        var generated = ReadSourceGenerated();
        var reflected = ReadByReflection();
        if (generated.Data?.Orders?.Count != 100 || reflected.Data?.Orders?.Count != 100 ||
            !generated.Data.Orders.Select(Fingerprint).SequenceEqual(reflected.Data.Orders.Select(Fingerprint)))
        {
            throw new InvalidOperationException("Source-generated and reflection-based reads of the page differ.");
        }
    }

    // The envelope type is internal to the client, so the benchmarks return it as object.
    [Benchmark(Baseline = true)]
    public object Reflection() => ReadByReflection();

    [Benchmark]
    public object SourceGenerated() => ReadSourceGenerated();

    private TikTokEnvelope<OrderListData> ReadByReflection() =>
        JsonSerializer.Deserialize<TikTokEnvelope<OrderListData>>(_page, ReflectionOptions)!;

    private TikTokEnvelope<OrderListData> ReadSourceGenerated() =>
        JsonSerializer.Deserialize(_page, TikTokShopJsonContext.Default.TikTokEnvelopeOrderListData)!;

    private static string Fingerprint(TikTokOrder order) =>
        $"{order.Id}|{order.Status}|{order.RtsSlaTime:O}|{order.LineItems.Count}|{order.RecipientAddress?.PostalCode}";
}
