using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace PodConnect.Cli.Tests;

/// <summary>The HTML report as a real browser draws it: every chart has its SVG series, nothing failed, nothing fetched.</summary>
public sealed partial class ReportRenderingTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan BrowserTimeout = TimeSpan.FromSeconds(90);
    private readonly TempFolder _dir = new("podconnect-report-");

    public void Dispose() => _dir.Dispose();

    [ChromiumFact]
    public async Task The_example_report_draws_every_chart_in_headless_chromium()
    {
        var report = Path.Combine(_dir.Path, "report.html");
        var (exit, _, _) = await CliRunner.RunAsync("simulate", "--report", report, "--quiet");
        Assert.Equal(0, exit);

        var html = await File.ReadAllTextAsync(report);
        Assert.DoesNotMatch(ExternalReference(), html); // self-contained: opens offline

        var dom = await HeadlessChromium.RunAsync(report, "--dump-dom", BrowserTimeout);

        Assert.Contains("data-report=\"drawn\"", dom, StringComparison.Ordinal);
        Assert.DoesNotContain("data-report-error=\"", dom, StringComparison.Ordinal);
        foreach (var (chart, series) in new[] { ("chart-ldr", 3), ("chart-arrivals", 1), ("chart-countries", 4), ("chart-facilities", 3) })
        {
            var match = Regex.Match(dom, $"id=\"{chart}\"[^>]*data-drawn=\"true\" data-series=\"(\\d+)\"");
            Assert.True(match.Success, $"{chart} was not drawn");
            Assert.Equal(series, int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        }

        // One LDR line per policy and the dashed threshold line.
        Assert.Equal(3, Regex.Count(dom, "<path d=\"M[^\"]+\"[^>]*class=\"series\" data-policy="));
        Assert.Contains("class=\"threshold\"", dom, StringComparison.Ordinal);
        Assert.Contains("naive off the scale", dom, StringComparison.Ordinal);

        // A picture for a person to look at (the path is in the test output).
        var screenshot = Path.Combine(Path.GetTempPath(), "podconnect-simulate-report.png");
        File.Delete(screenshot);
        await HeadlessChromium.RunAsync(report, $"--screenshot={screenshot}", BrowserTimeout, "1280,2000");
        Assert.True(new FileInfo(screenshot).Length > 20_000, "the screenshot is (nearly) blank");
        output.WriteLine($"report screenshot: {screenshot}");
    }

    // src= or href= to another host, or a CSS/JS import: the report must need nothing from the network.
    [GeneratedRegex("(src|href)\\s*=\\s*\"(https?:)?//|@import|url\\(\\s*['\"]?https?:", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
