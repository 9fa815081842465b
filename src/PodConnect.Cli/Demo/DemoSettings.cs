namespace PodConnect.Cli.Demo;

/// <summary>What a <c>podconnect demo</c> run does: how many orders, drawn from which seed, with what share of failing HTTP calls.</summary>
/// <param name="Orders">Orders in the spike.</param>
/// <param name="Seed">Seed of every draw (buyers, products, arrival times, production slips, faults).</param>
/// <param name="FaultRate">Share of HTTP calls to every fake that fail (5xx, 429, dropped connections), 0 for none.</param>
internal sealed record DemoSettings(int Orders, int Seed, double FaultRate)
{
    /// <summary>The default size: a spike that finishes in well under a minute on two cores (docs/cli.md has the timing).</summary>
    public const int DefaultOrders = 500;

    /// <summary>The largest spike the demo accepts (the fakes keep every request in memory).</summary>
    public const int MaxOrders = 5_000;

    /// <summary>The default seed.</summary>
    public const int DefaultSeed = 42;
}
