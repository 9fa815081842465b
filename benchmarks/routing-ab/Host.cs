// Loads several builds of PodConnect.Core side by side (one AssemblyLoadContext each) and times them
// in alternation over the same orders, so the machine's load hits all alike; prints per-build medians
// and the median of per-round ratios to the first build. Usage (see route-ab.sh):
//   Host <rounds> <network> <scenario> name=coreDir:driverDir[:ignore] ...
using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;

var rounds = int.Parse(args[0]);
var network = args[1];
var scenario = args[2];
var holidayDll = Directory.GetFiles(Path.Combine(Environment.GetEnvironmentVariable("HOME")!, ".nuget/packages/publicholiday"), "PublicHoliday.dll", SearchOption.AllDirectories).First(p => p.Contains("/net8.0/") || p.Contains("/net10.0/"));
var variants = new List<(string Name, Func<int, long> Run)>();
foreach (var spec in args.Skip(3))
{
    var parts = spec.Split('=', 2);
    var p = parts[1].Split(':');
    var alc = new BuildContext(p[0], p[1], holidayDll);
    var type = alc.LoadFromAssemblyPath(Path.Combine(p[1], "AbDriver.dll")).GetType("AbDriver.Bench")!;
    type.GetMethod("Setup")!.Invoke(null, [network, scenario, p.Length > 2 && p[2] == "ignore"]);
    variants.Add((parts[0], type.GetMethod("Run")!.CreateDelegate<Func<int, long>>()));
}

// Warm up past tiering (tier 1 with PGO).
for (var w = 0; w < 60; w++)
{
    foreach (var v in variants)
    {
        v.Run(20);
    }
}

const int Reps = 40; // 40 × 256 orders per sample
var times = variants.Select(_ => new List<double>()).ToArray();
var sw = new Stopwatch();
for (var r = 0; r < rounds; r++)
{
    for (var i = 0; i < variants.Count; i++)
    {
        var idx = (i + r) % variants.Count; // a different build goes first each round
        sw.Restart();
        variants[idx].Run(Reps);
        sw.Stop();
        times[idx].Add(sw.Elapsed.TotalNanoseconds / (Reps * 256.0));
    }
}

Console.WriteLine($"{network} {scenario}: {rounds} rounds, /proc/loadavg {File.ReadAllText("/proc/loadavg").Trim()}");
for (var i = 0; i < variants.Count; i++)
{
    var ratios = Enumerable.Range(0, rounds).Select(r => times[i][r] / times[0][r]);
    Console.WriteLine($"  {variants[i].Name,-12} median {Median(times[i]),8:F1} ns  min {times[i].Min(),8:F1} ns  ratio to {variants[0].Name}: median {Median(ratios):F3}, of minima {times[i].Min() / times[0].Min():F3}");
}

static double Median(IEnumerable<double> xs)
{
    var a = xs.Order().ToArray();
    return a.Length % 2 == 1 ? a[a.Length / 2] : (a[(a.Length / 2) - 1] + a[a.Length / 2]) / 2;
}

/// <summary>One build: its PodConnect.Core and driver; everything else from the default context.</summary>
internal sealed class BuildContext(string coreDir, string driverDir, string holidayDll) : AssemblyLoadContext(isCollectible: false)
{
    protected override Assembly? Load(AssemblyName name) => name.Name switch
    {
        "PodConnect.Core" => LoadFromAssemblyPath(Path.Combine(coreDir, "PodConnect.Core.dll")),
        "AbDriver" => LoadFromAssemblyPath(Path.Combine(driverDir, "AbDriver.dll")),
        "PublicHoliday" => LoadFromAssemblyPath(holidayDll),
        _ => null,
    };
}
