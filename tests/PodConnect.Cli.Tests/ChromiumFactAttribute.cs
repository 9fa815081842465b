namespace PodConnect.Cli.Tests;

/// <summary>A [Fact] that needs headless Chromium: skipped with a loud reason when it is missing outside CI; run (and failing if missing) in CI.</summary>
internal sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!HeadlessChromium.Available && !HeadlessChromium.Required)
        {
            Skip = $"!!! NOT RUN: {HeadlessChromium.Path} is missing, so the HTML report was not checked in a browser. Install it with 'apt-get install -y chromium' (CI does, in .ci/run). !!!";
        }
    }
}
