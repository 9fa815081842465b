namespace PodConnect.Core.Tests.Routing.Flow;

/// <summary>
/// A deliberately plain min-cost flow for the tests, sharing no code with the solver in Core:
/// successive shortest paths from a super source found by Bellman–Ford with a queue (no potentials, no heap), one
/// bottleneck augmentation at a time. Slow and obviously right on small graphs without negative cycles.
/// </summary>
internal sealed class ReferenceMinCostFlow(int nodes)
{
    private readonly List<int> _from = [];
    private readonly List<int> _to = [];
    private readonly List<int> _cap = [];
    private readonly List<long> _cost = [];
    private readonly int[] _supply = new int[nodes];

    /// <summary>Adds an arc; returns its id for <see cref="Flow"/>.</summary>
    public int AddArc(int from, int to, int capacity, long cost)
    {
        var id = _from.Count / 2;
        _from.Add(from);
        _to.Add(to);
        _cap.Add(capacity);
        _cost.Add(cost);
        _from.Add(to);
        _to.Add(from);
        _cap.Add(0);
        _cost.Add(-cost);
        return id;
    }

    public void AddSupply(int node, int units) => _supply[node] += units;

    public int Flow(int arc) => _cap[(2 * arc) + 1];

    /// <summary>Sends all supply to the sink; returns the total cost.</summary>
    public long Solve(int sink)
    {
        var source = nodes;
        var total = 0L;
        var need = 0;
        for (var v = 0; v < nodes; v++)
        {
            if (_supply[v] > 0)
            {
                AddArcFromSource(source, v, _supply[v]);
                need += _supply[v];
            }
        }

        var leaving = new List<int>[nodes + 1];
        for (var v = 0; v <= nodes; v++)
        {
            leaving[v] = [];
        }

        for (var e = 0; e < _from.Count; e++)
        {
            leaving[_from[e]].Add(e);
        }

        const long Unreached = long.MaxValue / 4;
        while (need > 0)
        {
            var dist = Enumerable.Repeat(Unreached, nodes + 1).ToArray();
            var pred = Enumerable.Repeat(-1, nodes + 1).ToArray();
            dist[source] = 0;
            var queued = new bool[nodes + 1];
            var queue = new Queue<int>([source]);
            while (queue.TryDequeue(out var u))
            {
                queued[u] = false;
                foreach (var e in leaving[u])
                {
                    if (_cap[e] > 0 && dist[u] + _cost[e] < dist[_to[e]])
                    {
                        dist[_to[e]] = dist[u] + _cost[e];
                        pred[_to[e]] = e;
                        if (!queued[_to[e]])
                        {
                            queued[_to[e]] = true;
                            queue.Enqueue(_to[e]);
                        }
                    }
                }
            }

            if (pred[sink] < 0)
            {
                throw new InvalidOperationException("reference: supply cannot reach the sink");
            }

            var amount = need;
            for (var v = sink; v != source; v = _from[pred[v]])
            {
                amount = Math.Min(amount, _cap[pred[v]]);
            }

            for (var v = sink; v != source; v = _from[pred[v]])
            {
                _cap[pred[v]] -= amount;
                _cap[pred[v] ^ 1] += amount;
                total += amount * _cost[pred[v]];
            }

            need -= amount;
        }

        return total;
    }

    private void AddArcFromSource(int source, int v, int units)
    {
        _from.Add(source);
        _to.Add(v);
        _cap.Add(units);
        _cost.Add(0);
        _from.Add(v);
        _to.Add(source);
        _cap.Add(0);
        _cost.Add(0);
    }
}
