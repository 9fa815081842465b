using PodConnect.Fulfillment;

namespace PodConnect.Cli.Demo;

/// <summary>What a demo run ended with (docs/cli.md documents the JSON shape written from it).</summary>
internal sealed record DemoResult
{
    public required DemoSettings Settings { get; init; }

    /// <summary>Wall-clock seconds the run took.</summary>
    public required double ElapsedSeconds { get; init; }

    public required DateTimeOffset SimulatedStart { get; init; }

    public required DateTimeOffset SimulatedEnd { get; init; }

    public required long Passes { get; init; }

    /// <summary>Orders by the buyer's country.</summary>
    public required IReadOnlyDictionary<string, int> Buyers { get; init; }

    /// <summary>Orders marked shipped on TikTok (the fake's own state).</summary>
    public required int Shipped { get; init; }

    /// <summary>Orders handed to a person, not shipped.</summary>
    public required IReadOnlyList<SurfacedOrder> Surfaced { get; init; }

    /// <summary>Orders neither shipped nor surfaced when the run stopped.</summary>
    public required IReadOnlyList<string> Lost { get; init; }

    /// <summary>Orders with more than one provider order (over all providers).</summary>
    public required IReadOnlyList<string> Duplicated { get; init; }

    /// <summary>Shipped orders per provider and production country.</summary>
    public required IReadOnlyList<ProductionCount> Production { get; init; }

    /// <summary>Share of shipped orders produced in the buyer's country (0–1).</summary>
    public required double LocalShare { get; init; }

    /// <summary>Dispatches recorded in the loop's ledger, and how many of them were late.</summary>
    public required int Dispatched { get; init; }

    public required int Late { get; init; }

    /// <summary>Late / dispatched, as TikTok computes it over the trailing 30 days at the end of the run.</summary>
    public required double Ldr { get; init; }

    public required double LdrThreshold { get; init; }

    /// <summary>Late-risk warnings the loop raised.</summary>
    public required int LateRisks { get; init; }

    public required Co2eSummary Co2e { get; init; }

    /// <summary>HTTP requests per fake (<c>tiktokshop</c>, <c>gelato</c>, …).</summary>
    public required IReadOnlyDictionary<string, int> Requests { get; init; }

    /// <summary>HTTP requests per fake and operation (method and path with ids collapsed).</summary>
    public required IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> RequestsByOperation { get; init; }

    /// <summary>Mark-shipped calls TikTok processed.</summary>
    public required int MarkShippedCalls { get; init; }

    /// <summary>Provider orders created over all providers (create calls that reached a fake and were processed).</summary>
    public required int ProviderCreateCalls { get; init; }

    public required int FaultsInjected { get; init; }

    /// <summary>Reads of the providers' stock APIs by the loop's stock poller (part of <see cref="TotalRequests"/>): per poll interval, not per order.</summary>
    public required int StockReads { get; init; }

    public int TotalRequests => Requests.Values.Sum();

    /// <summary>HTTP calls per order, without <see cref="StockReads"/> (which depend on time and catalogue size, not on orders).</summary>
    public double CallsPerOrder => Settings.Orders == 0 ? 0 : (double)(TotalRequests - StockReads) / Settings.Orders;

    public bool ExceedsLdrThreshold => Ldr > LdrThreshold;

    /// <summary>Exit code 1: LDR over the threshold, or an order lost or placed twice.</summary>
    public bool HasFindings => ExceedsLdrThreshold || Lost.Count > 0 || Duplicated.Count > 0;
}

/// <summary>Shipped orders produced by one provider in one country.</summary>
internal sealed record ProductionCount(string Provider, string Country, int Orders);

/// <summary>Transport CO2e of the shipped orders, and of the same parcels sent from one central hub.</summary>
/// <param name="Orders">Orders the estimate covers.</param>
/// <param name="TotalKg">kg CO2e as routed.</param>
/// <param name="CentralHub">The facility compared against.</param>
/// <param name="CentralHubKg">kg CO2e had every parcel left the central hub.</param>
/// <param name="FactorSet">The emission factors used.</param>
internal sealed record Co2eSummary(int Orders, double TotalKg, string CentralHub, double CentralHubKg, string FactorSet)
{
    public double PerOrderKg => Orders == 0 ? 0 : TotalKg / Orders;

    public double SavedKg => CentralHubKg - TotalKg;

    public double SavedShare => CentralHubKg <= 0 ? 0 : SavedKg / CentralHubKg;
}
