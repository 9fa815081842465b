using PodConnect.Domain;

namespace PodConnect.Routing;

/// <summary>
/// An <see cref="AvailabilitySnapshot"/> resolved to facility indexes and kind bits, so the router's
/// loop asks one array slot per facility (null when nothing applies to it). Immutable.
/// </summary>
internal sealed class CompiledAvailability
{
    private readonly Rule[]?[] _byFacility;
    private readonly Dictionary<string, List<(int Facility, Rule Rule)>> _bySku = new(StringComparer.Ordinal);

    public CompiledAvailability(AvailabilitySnapshot snapshot, CompiledNetwork network)
    {
        Network = network;
        var lists = new List<Rule>?[network.FacilityCount];
        foreach (var s in snapshot.StockOuts)
        {
            ulong kinds;
            if (s.Kind is { } kind)
            {
                var k = network.KindIndex(kind);
                if (k < 0)
                {
                    continue; // nobody makes it anyway
                }

                kinds = 1UL << k;
            }
            else
            {
                kinds = ulong.MaxValue;
            }

            var rule = new Rule(kinds, s.From?.UtcTicks ?? long.MinValue, s.Until?.UtcTicks ?? long.MaxValue, false, s.ToString());
            foreach (var f in FacilitiesOf(network, s.Provider, s.FacilityId))
            {
                if (s.Sku is { } sku)
                {
                    if (!_bySku.TryGetValue(sku, out var list))
                    {
                        _bySku.Add(sku, list = []);
                    }

                    list.Add((f, rule));
                }
                else
                {
                    (lists[f] ??= []).Add(rule);
                }
            }
        }

        foreach (var c in snapshot.Closures)
        {
            var rule = new Rule(ulong.MaxValue, c.From.UtcTicks, c.Until.UtcTicks, true, c.ToString());
            foreach (var f in FacilitiesOf(network, c.Provider, c.FacilityId))
            {
                (lists[f] ??= []).Add(rule);
            }
        }

        _byFacility = [.. lists.Select(l => l?.ToArray())];
        HasSkuRules = _bySku.Count > 0;
    }

    public CompiledNetwork Network { get; }

    public bool HasSkuRules { get; }

    /// <summary>Why a facility cannot take items of <paramref name="kinds"/> routed at <paramref name="now"/> and dispatched at <paramref name="dispatch"/>; <c>null</c> when it can.</summary>
    public string? Blocking(int facility, ulong kinds, long now, long dispatch)
    {
        if (_byFacility[facility] is not { } rules)
        {
            return null;
        }

        foreach (var r in rules)
        {
            if (r.Blocks(kinds, now, dispatch))
            {
                return r.Text;
            }
        }

        return null;
    }

    /// <summary>Why a facility cannot make <paramref name="sku"/> for an order routed at <paramref name="now"/>; <c>null</c> when it can.</summary>
    public string? BlockingSku(int facility, string sku, long now, long dispatch)
    {
        if (!_bySku.TryGetValue(sku, out var list))
        {
            return null;
        }

        foreach (var (f, r) in list)
        {
            if (f == facility && r.Blocks(ulong.MaxValue, now, dispatch))
            {
                return r.Text;
            }
        }

        return null;
    }

    /// <summary>Whether the facility may take the order's items (those in <paramref name="itemMask"/>, or all) of the given kind indexes.</summary>
    public bool Allows(int facility, Order order, ulong kinds, ulong? itemMask, long now, long dispatch)
    {
        if (_byFacility[facility] is not null && Blocking(facility, kinds, now, dispatch) is not null)
        {
            return false;
        }

        if (!HasSkuRules)
        {
            return true;
        }

        for (var j = 0; j < order.Items.Count; j++)
        {
            if ((itemMask is not { } m || (m & (1UL << j)) != 0) && BlockingSku(facility, order.Items[j].Sku, now, dispatch) is not null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether anything at all applies to a facility (the hot loop skips the check when not).</summary>
    public bool Touches(int facility) => _byFacility[facility] is not null || HasSkuRules;

    private static IEnumerable<int> FacilitiesOf(CompiledNetwork network, string provider, string? facilityId)
    {
        if (facilityId is not null)
        {
            var i = network.IndexOf(facilityId);
            if (i >= 0 && string.Equals(network.Facility(i).Provider, provider, StringComparison.Ordinal))
            {
                yield return i;
            }

            yield break;
        }

        for (var i = 0; i < network.FacilityCount; i++)
        {
            if (string.Equals(network.Facility(i).Provider, provider, StringComparison.Ordinal))
            {
                yield return i;
            }
        }
    }

    /// <summary>A stock-out (applies when routing happens inside the window) or a closure (applies when production overlaps it).</summary>
    private sealed record Rule(ulong Kinds, long From, long Until, bool IsClosure, string Text)
    {
        public bool Blocks(ulong kinds, long now, long dispatch) =>
            (Kinds & kinds) != 0 && (IsClosure ? now < Until && dispatch >= From : now >= From && now < Until);
    }
}
