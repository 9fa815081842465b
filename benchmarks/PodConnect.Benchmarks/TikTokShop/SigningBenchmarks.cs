using System.Text;
using BenchmarkDotNet.Attributes;
using PodConnect.TikTokShop.Signing;

namespace PodConnect.Benchmarks.TikTokShop;

/// <summary>
/// Signing a typical request (an order search: 7 query parameters, a small JSON body), as the signing
/// handler does on every attempt. Target: ≤ 2 µs and ≤ 2 allocations beyond the result string.
/// </summary>
[MemoryDiagnoser]
public class SigningBenchmarks
{
    private const string Secret = "df329e7f2ec9b8a1c4f5e6d7a8b9c0d1e2f3a4b5";
    private const string Path = "/order/202309/orders/search";

    private readonly KeyValuePair<string, string?>[] _query =
    [
        new("app_key", "6a8fbb1c2d3e4"),
        new("timestamp", "1732435200"),
        new("shop_cipher", "ROW_Y8TDjQAAAAB3hYxC9V5nXbM5JmQ2s7aZ"),
        new("page_size", "50"),
        new("sort_field", "create_time"),
        new("sort_order", "ASC"),
        new("page_token", "aDU2dHJkY2Y2dWx4b3p1N2tWZXJ4b0dJbHNtMQ=="),
    ];

    private readonly byte[] _body = Encoding.UTF8.GetBytes(
        """{"order_status":"AWAITING_SHIPMENT","create_time_ge":1732000000,"create_time_lt":1732435200,"shipping_type":"SELLER"}""");

    [GlobalSetup]
    public void Setup()
    {
        if (Naive() != PodConnect())
        {
            throw new InvalidOperationException("The naive and PodConnect signers disagree; the comparison would be meaningless.");
        }
    }

    [Benchmark(Baseline = true)]
    public string Naive() => NaiveSigner.Sign(Secret, Path, _query, _body);

    [Benchmark]
    public string PodConnect() => TikTokShopSigner.Sign(Secret, Path, _query.AsSpan(), _body);
}
