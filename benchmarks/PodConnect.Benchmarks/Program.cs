using BenchmarkDotNet.Running;

// Run all:  dotnet run -c Release --project benchmarks/PodConnect.Benchmarks -- --filter '*'
// CI smoke: ... -- --filter '*' --job Dry --stopOnFirstError
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
