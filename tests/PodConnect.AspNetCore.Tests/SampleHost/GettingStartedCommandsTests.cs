using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PodConnect.Testing.TikTokShop;

namespace PodConnect.AspNetCore.Tests.SampleHost;

/// <summary>The getting-started guide's commands for the sample host name routes, keys and bodies that actually work.</summary>
public sealed partial class GettingStartedCommandsTests : IClassFixture<SampleHostFactory>
{
    private readonly SampleHostFactory _host;
    private readonly string _guide = File.ReadAllText(FindGuide());

    public GettingStartedCommandsTests(SampleHostFactory host) => _host = host;

    [Fact]
    public void Every_documented_url_is_a_route_of_the_sample_host()
    {
        var routes = _host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/').TrimEnd('/')).ToHashSet(StringComparer.Ordinal);
        var documented = LocalUrl().Matches(_guide).Select(m => m.Groups["path"].Value.Split('?')[0].Replace("$order", "{id}", StringComparison.Ordinal).TrimEnd('/')).Distinct().ToList();

        Assert.Contains("/health", documented);
        Assert.Contains("/webhooks/tiktokshop", documented);
        Assert.All(documented, path => Assert.Contains(path, routes));
        Assert.Contains("http://localhost:5080", File.ReadAllText(Path.Combine(SampleDirectory(), "Properties", "launchSettings.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_documented_webhook_signed_with_the_documented_key_and_secret_is_answered_200()
    {
        Assert.Contains($"printf '%s%s' {FakeTikTokShop.DefaultAppKey} \"$body\" | openssl dgst -sha256 -hmac {FakeTikTokShop.DefaultAppSecret}", _guide, StringComparison.Ordinal);
        var template = BodyLine().Match(_guide).Groups["body"].Value.Replace("\\\"", "\"", StringComparison.Ordinal);
        var orderId = _host.Fakes.PlaceOrder("TEE-BLK-M", "GB");
        var body = template.Replace("$order", orderId, StringComparison.Ordinal)
            .Replace("$now", DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        using var client = _host.CreateClient();

        using var response = await client.SendAsync(SampleHostFactory.SignedPost(body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _host.WaitUntilAsync(() => _host.Fakes.Describe(orderId)?["provider"] is not null, "the documented order placed");
    }

    [GeneratedRegex(@"http://localhost:5080(?<path>/[^\s'""]*)")]
    private static partial Regex LocalUrl();

    [GeneratedRegex(@"^body=""(?<body>.*)""$", RegexOptions.Multiline)]
    private static partial Regex BodyLine();

    private static string FindGuide() => Path.Combine(RepositoryRoot(), "docs", "getting-started.md");

    private static string SampleDirectory() => Path.Combine(RepositoryRoot(), "docs", "samples", "PodConnect.SampleHost");

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PodConnect.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("PodConnect.sln not found above " + AppContext.BaseDirectory);
    }
}
