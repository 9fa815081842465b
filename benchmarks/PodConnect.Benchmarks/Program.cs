using BenchmarkDotNet.Running;
using PodConnect.Benchmarks.Routing;

// Run all:  dotnet run -c Release --project benchmarks/PodConnect.Benchmarks -- --filter '*'
// CI smoke: ... -- --filter '*' --job Dry --stopOnFirstError
// CI gate:  ... -- --routing-gate   (see Routing/RoutingGate.cs)
if (args is [RoutingGate.Argument])
{
    return RoutingGate.Run();
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
