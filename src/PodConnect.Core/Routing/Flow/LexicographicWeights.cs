namespace PodConnect.Routing.Flow;

/// <summary>
/// Weights that make one min-cost flow minimise several objectives in order (the first one listed
/// last): fewer unplaced orders always wins over fewer late ones, fewer late ones over a lower cost, …
/// </summary>
/// <remarks>
/// Two optimal flows differ by a sum of simple cycles of the residual graph, and a simple cycle uses at
/// most <c>cycleArcs</c> arcs whose cost is not zero. If a level's weight exceeds <c>cycleArcs</c> times
/// the largest value all lower levels together can put on one arc, no cycle can trade one unit of that
/// level for any gain below it, so the weighted optimum is the lexicographic optimum. The weights are
/// exact (checked <see cref="Int128"/> arithmetic), not "large enough in practice".
/// </remarks>
internal static class LexicographicWeights
{
    /// <summary>
    /// The weight of each level, lowest level first. <paramref name="maxValues"/>[i] is the largest value
    /// level i takes on one arc (levels are non-negative integers); <paramref name="cycleArcs"/> bounds
    /// the number of costed arcs on a simple cycle.
    /// </summary>
    /// <exception cref="OverflowException">The levels do not fit in 127 bits.</exception>
    public static Int128[] Of(long cycleArcs, params ReadOnlySpan<long> maxValues)
    {
        var weights = new Int128[maxValues.Length];
        Int128 below = 0; // the largest cost all levels so far can put on one arc
        for (var i = 0; i < maxValues.Length; i++)
        {
            weights[i] = i == 0 ? 1 : checked((cycleArcs * below) + 1);
            below = checked(below + (weights[i] * maxValues[i]));
        }

        return weights;
    }
}
