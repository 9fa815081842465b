using System.Diagnostics;

namespace PodConnect.Cli.Tests;

/// <summary>
/// Debian's headless Chromium, for tests that look at the HTML report as a browser draws it. In CI
/// (<c>CI=true</c>) it must be installed (.ci/run installs it); elsewhere its tests are skipped, loudly.
/// </summary>
internal static class HeadlessChromium
{
    public const string Path = "/usr/bin/chromium";

    public static bool Required => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static bool Available => File.Exists(Path);

    /// <summary>Runs Chromium on a local page with every network feature off; kills it if it outlives <paramref name="timeout"/>.</summary>
    public static async Task<string> RunAsync(string page, string mode, TimeSpan timeout, string? windowSize = null)
    {
        using var profile = new TempFolder("podconnect-chromium-");
        var start = new ProcessStartInfo(Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            $"--user-data-dir={profile.Path}", mode,
        })
        {
            start.ArgumentList.Add(arg);
        }

        if (windowSize is not null)
        {
            start.ArgumentList.Add($"--window-size={windowSize}");
        }

        start.ArgumentList.Add(new Uri(page).AbsoluteUri);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"chromium did not finish within {timeout.TotalSeconds} s; stderr: {await errors}");
        }

        Assert.True(process.ExitCode == 0, $"chromium exited {process.ExitCode}: {await errors}");
        return await output;
    }
}
