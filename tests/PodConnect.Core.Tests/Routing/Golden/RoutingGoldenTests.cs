using System.Security.Cryptography;
using System.Text;

namespace PodConnect.Core.Tests.Routing.Golden;

/// <summary>
/// The speed work on single-order routing (issue 12: the delivery deadline's day from a table, and
/// not computed at all when the chosen facility delivers before any day the market's rule could give)
/// must not change a single decision. <c>routing-decisions.sha256</c> holds, for each of
/// <see cref="RoutingGoldenCases"/>' orders, a digest of its decision line (every member a user reads:
/// outcome, misses, both deadlines, facility, start, dispatch, delivery, slack, cost, CO2e, locality,
/// shipments, problem) as the router of commit 7a5a3cd decided it. Digests rather than the lines keep the
/// file small (the lines are 1.9 MB); a failure prints the order and its new line.
/// </summary>
public class RoutingGoldenTests
{
    private const string DigestFile = "Routing/Golden/routing-decisions.sha256";

    [Fact]
    public void Every_decision_matches_the_router_before_the_speed_work_member_by_member()
    {
        var lines = RoutingGoldenCases.Lines(n => RandomInstances.Network(new Random(n * 7919), n)).ToList();
        var digests = lines.Select(Digest).ToList();
        if (Environment.GetEnvironmentVariable("PODCONNECT_WRITE_ROUTING_GOLDEN") is { Length: > 0 } path)
        {
            // Deliberate decision changes only: write the new digests and copy them over DigestFile.
            File.WriteAllLines(path, digests);
            return;
        }

        var expected = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, DigestFile));
        Assert.True(lines.Count > 3_000, $"only {lines.Count} cases");
        Assert.Equal(expected.Length, digests.Count);
        var changed = Enumerable.Range(0, digests.Count).Where(i => digests[i] != expected[i]).ToList();
        Assert.True(changed.Count == 0, $"{changed.Count} of {lines.Count} decisions changed; first: {(changed.Count > 0 ? lines[changed[0]] : string.Empty)}");
    }

    private static string Digest(string line) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(line)), 0, 8);
}
