// The consumer smoke test: what a new user does first with the packed packages, checked end to end.
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Microsoft.Extensions.DependencyInjection;
using PodConnect.Domain;
using PodConnect.Providers;
using PodConnect.Routing;
using PodConnect.Testing.Gelato;

var failures = new List<string>();

// 1. Core: route an order on the built-in European network.
var order = new Order(
    id: "577001000000000001",
    createdAt: DateTimeOffset.Parse("2026-12-21T10:00:00Z"),
    destination: new Address(CountryCode.Parse("ES"), postalCode: "28001", city: "Madrid", lines: ["Calle de Alcalá 1"], subdivision: SubdivisionCode.Parse("ES-MD")),
    items: [new OrderItem("TEE-BLK-M", ProductKind.TShirt, quantity: 1)],
    recipient: new Recipient("Ana García", Phone: "+34600000000", Email: "ana@example.com"));
var decision = new Router(FacilityNetwork.BuiltInEurope.Compile()).Route(order, DateTimeOffset.Parse("2026-12-21T10:05:00Z"));
Check(decision.Outcome == RoutingOutcome.OnTime, $"routing: expected an on-time decision, got {decision.Outcome}");
Console.WriteLine($"routed to {decision.Provider} in {decision.ProductionCountry}");

// 2. The hub and a provider package through DI, against the fake from PodConnect.Testing.
using (var gelato = FakeGelato.Start())
{
    var services = new ServiceCollection();
    services.AddPodConnect(b => b
        .AddTikTokShop(o => { o.AppKey = "consumer-app"; o.AppSecret = "consumer-secret"; })
        .AddGelato(o =>
        {
            o.ApiKey = FakeGelato.DefaultApiKey;
            o.BaseAddress = gelato.BaseAddress;
            o.ShipmentBaseAddress = gelato.BaseAddress;
            o.ProductBaseAddress = gelato.BaseAddress;
        })
        .AddPrintful(o => o.AccessToken = "consumer-token")
        .AddProdigi(o => o.ApiKey = "consumer-key")
        .AddPrintify(o => { o.AccessToken = "consumer-token"; o.ShopId = "815256"; o.UserAgent = "Consumer/1.0"; }));
    await using var provider = services.BuildServiceProvider();
    var registered = provider.GetServices<IPodProvider>().Select(p => p.Name).Order().ToArray();
    Check(registered.SequenceEqual(["gelato", "printful", "printify", "prodigi"]), $"providers: expected all four registered, got {string.Join(", ", registered)}");
    var podProvider = provider.GetRequiredKeyedService<IPodProvider>("gelato");
    var request = PodOrderRequest.FromOrder(order, item => new PodOrderLine(
        $"{order.Id}-{item.Sku}",
        "apparel_product_gca_t-shirt_gsc_crewneck_gcu_unisex_gqa_classic_gsi_m_gco_black_gpr_4-0",
        item.Quantity,
        [new PodPrintFile("default", new Uri("https://files.example/tee-front.png"))])) with { Currency = "EUR" };
    var first = await podProvider.PlaceOrderAsync(request);
    var again = await podProvider.PlaceOrderAsync(request);
    Check(!first.AlreadyExisted && again.AlreadyExisted && first.Order.ProviderOrderId == again.Order.ProviderOrderId,
        "placement: a replayed placement must find the first order");
    Console.WriteLine($"placed at gelato as {first.Order.ProviderOrderId}, replay found it");
}

// 3. Many instances: UseRedis swaps every store for the Redis one (no server needed to register; with
//    PODCONNECT_REDIS set, as .ci/run does, a lease is taken and fenced on the real server).
{
    var redis = Environment.GetEnvironmentVariable("PODCONNECT_REDIS");
    var services = new ServiceCollection();
    services.AddPodConnect(b => b.UseRedis(redis ?? "127.0.0.1:1,connectTimeout=200", o => o.KeyPrefix = "consumer-" + Guid.NewGuid().ToString("N")));
    await using var provider = services.BuildServiceProvider();
    var leases = provider.GetRequiredService<PodConnect.Stores.IOrderLeases>();
    Check(leases.GetType().FullName == "PodConnect.Redis.Stores.RedisOrderLeases", $"redis: expected the Redis lease store, got {leases.GetType().FullName}");
    if (redis is not null)
    {
        var lease = await leases.TryAcquireAsync("577001000000000001", "consumer", TimeSpan.FromMinutes(1));
        Check(lease is not null && await leases.TryAcquireAsync("577001000000000001", "other", TimeSpan.FromMinutes(1)) is null, "redis: a second lease on a held order must be refused");
        Console.WriteLine($"redis: lease taken with fencing token {lease?.FencingToken} on {redis}");
    }
    else
    {
        Console.WriteLine("redis: stores registered (no PODCONNECT_REDIS, no server call)");
    }
}

// 4. No path of the packing machine in the shipped PDBs: every source document is under /_/.
foreach (var dll in Directory.GetFiles(AppContext.BaseDirectory, "PodConnect*.dll"))
{
    using var pe = new PEReader(File.OpenRead(dll));
    var entry = pe.ReadDebugDirectory().FirstOrDefault(e => e.Type == DebugDirectoryEntryType.EmbeddedPortablePdb);
    if (entry.DataSize == 0)
    {
        failures.Add($"{Path.GetFileName(dll)}: no embedded PDB");
        continue;
    }

    using var pdb = pe.ReadEmbeddedPortablePdbDebugDirectoryData(entry);
    var reader = pdb.GetMetadataReader();
    foreach (var handle in reader.Documents)
    {
        var name = reader.GetString(reader.GetDocument(handle).Name);
        if (!name.StartsWith("/_/", StringComparison.Ordinal))
        {
            failures.Add($"{Path.GetFileName(dll)}: source path {name} is not mapped to /_/");
            break;
        }
    }
}

if (failures.Count > 0)
{
    Console.Error.WriteLine("consumer smoke test FAILED:\n  " + string.Join("\n  ", failures));
    return 1;
}

Console.WriteLine("consumer smoke test: OK");
return 0;

void Check(bool condition, string failure)
{
    if (!condition)
    {
        failures.Add(failure);
    }
}
