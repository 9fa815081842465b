using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Csv;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace PodConnect.Benchmarks.Routing;

/// <summary>
/// The CI routing gate: runs <see cref="SingleOrderRoutingBenchmarks"/> with a short job, exports the
/// results (JSON, CSV, GitHub markdown) and fails when the compiled router allocates on the hot path
/// or is less than the minimum ratio faster than the naive baseline measured in the same run. A ratio
/// from one run holds on a noisy machine; an absolute time would not. The check reads the summary
/// in-process, so CI needs nothing beyond the .NET SDK.
/// </summary>
internal static class RoutingGate
{
    public const string Argument = "--routing-gate";
    private const string ArtifactsPath = "BenchmarkDotNet.Artifacts/routing-gate";

    public static int Run()
    {
        var minRatio = double.TryParse(Environment.GetEnvironmentVariable("ROUTING_GATE_MIN_RATIO"), NumberStyles.Float, CultureInfo.InvariantCulture, out var fromEnv)
            ? fromEnv
            : 10.0;
        var config = DefaultConfig.Instance
            .AddJob(Job.ShortRun)
            .AddExporter(JsonExporter.Full, CsvExporter.Default, MarkdownExporter.GitHub)
            .WithArtifactsPath(ArtifactsPath)

            // BenchmarkDotNet builds a project of its own first; on a loaded shared machine that takes more than its default 2 minutes.
            .WithBuildTimeout(TimeSpan.FromMinutes(15))
            .WithOptions(ConfigOptions.StopOnFirstError);
        var summary = BenchmarkRunner.Run<SingleOrderRoutingBenchmarks>(config);
        return Check(summary, minRatio);
    }

    private static int Check(Summary summary, double minRatio)
    {
        var failed = summary.HasCriticalValidationErrors || summary.Reports.Length == 0;
        foreach (var group in summary.Reports.GroupBy(r => r.BenchmarkCase.Parameters.DisplayInfo, StringComparer.Ordinal))
        {
            var naive = group.SingleOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == nameof(SingleOrderRoutingBenchmarks.Naive));
            var compiled = group.SingleOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == nameof(SingleOrderRoutingBenchmarks.Compiled));
            if (naive?.ResultStatistics is not { } naiveStats || compiled?.ResultStatistics is not { } compiledStats)
            {
                Console.WriteLine($"routing gate [{group.Key}]: FAIL: a benchmark did not produce results");
                failed = true;
                continue;
            }

            var bytes = compiled.GcStats.GetBytesAllocatedPerOperation(compiled.BenchmarkCase);
            var ratio = naiveStats.Median / compiledStats.Median;
            var verdict = bytes is not 0 ? $"FAIL: hot path allocates {bytes?.ToString(CultureInfo.InvariantCulture) ?? "an unknown amount of"} B per order"
                : ratio < minRatio ? $"FAIL: only {ratio:F1}x the naive baseline (minimum {minRatio:F0}x)"
                : "ok";
            failed |= verdict != "ok";
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"routing gate [{group.Key}]: compiled {compiledStats.Median:F1} ns, naive {naiveStats.Median:F1} ns, {ratio:F1}x, {bytes} B allocated -> {verdict}"));
        }

        Console.WriteLine(failed ? "routing gate: FAILED" : $"routing gate: passed (results in {ArtifactsPath}/results)");
        return failed ? 1 : 0;
    }
}
