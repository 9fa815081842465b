namespace PodConnect.Routing;

/// <summary>
/// Stock-outs and closures known at one moment: immutable, pure data, shareable between threads. Pass
/// it to the router through <see cref="RoutingConditions.Availability"/>; a facility it rules out for
/// an order is skipped, and <see cref="Router.Explain(Domain.Order, DateTimeOffset, in RoutingConditions)"/> names the entry that ruled it out.
/// </summary>
public sealed class AvailabilitySnapshot : IProviderAvailability
{
    private CompiledAvailability? _compiled;

    /// <summary>Creates a snapshot.</summary>
    /// <exception cref="ArgumentException">An entry is null, has no provider, or a closure ends before it starts.</exception>
    public AvailabilitySnapshot(IEnumerable<StockOut>? stockOuts = null, IEnumerable<Closure>? closures = null)
    {
        StockOuts = [.. stockOuts ?? []];
        Closures = [.. closures ?? []];
        for (var i = 0; i < StockOuts.Count; i++)
        {
            if (StockOuts[i] is not { } s || string.IsNullOrWhiteSpace(s.Provider))
            {
                throw new ArgumentException($"stockOuts[{i}] needs a provider.", nameof(stockOuts));
            }

            if (s.From is { } from && s.Until is { } until && until < from)
            {
                throw new ArgumentException($"stockOuts[{i}]: until ({until:O}) is before from ({from:O}).", nameof(stockOuts));
            }
        }

        for (var i = 0; i < Closures.Count; i++)
        {
            if (Closures[i] is not { } c || string.IsNullOrWhiteSpace(c.Provider))
            {
                throw new ArgumentException($"closures[{i}] needs a provider.", nameof(closures));
            }

            if (c.Until < c.From)
            {
                throw new ArgumentException($"closures[{i}]: until ({c.Until:O}) is before from ({c.From:O}).", nameof(closures));
            }
        }
    }

    /// <summary>Nothing out of stock, nothing closed.</summary>
    public static AvailabilitySnapshot Empty { get; } = new();

    /// <summary>The stock-outs.</summary>
    public IReadOnlyList<StockOut> StockOuts { get; }

    /// <summary>The closures.</summary>
    public IReadOnlyList<Closure> Closures { get; }

    /// <summary>Whether there is nothing to check.</summary>
    public bool IsEmpty => StockOuts.Count == 0 && Closures.Count == 0;

    AvailabilitySnapshot IProviderAvailability.Current => this;

    /// <summary>A copy with more stock-outs.</summary>
    public AvailabilitySnapshot With(params StockOut[] stockOuts) => new(StockOuts.Concat(stockOuts), Closures);

    /// <summary>A copy with more closures.</summary>
    public AvailabilitySnapshot With(params Closure[] closures) => new(StockOuts, Closures.Concat(closures));

    /// <summary>The snapshot resolved against a network's facility and kind numbers (cached for the last network used).</summary>
    internal CompiledAvailability For(CompiledNetwork network)
    {
        var compiled = Volatile.Read(ref _compiled);
        if (compiled is null || !ReferenceEquals(compiled.Network, network))
        {
            compiled = new CompiledAvailability(this, network);
            Volatile.Write(ref _compiled, compiled);
        }

        return compiled;
    }
}
