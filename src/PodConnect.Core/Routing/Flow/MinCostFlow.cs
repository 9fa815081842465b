using System.Buffers;

namespace PodConnect.Routing.Flow;

/// <summary>
/// An exact min-cost flow into one sink by successive shortest paths: each source in turn sends its
/// supply along a shortest path of the residual graph (Dijkstra on costs reduced by node potentials,
/// Johnson's reweighting, stopping when the sink is settled), as much as the path's bottleneck allows,
/// until every unit has reached the sink. Every residual arc keeps a non-negative reduced cost, so each
/// path is a true shortest path and the final flow has the minimum cost (Ahuja, Magnanti and Orlin,
/// <i>Network Flows</i>, §9.7: any node with excess may start the next path).
/// </summary>
/// <remarks>
/// Costs are <see cref="Int128"/> so that a lexicographic objective (unplaced, then late, then cost, …)
/// can be encoded as one number with weights wide enough to be exact (see <see cref="LexicographicWeights"/>).
/// Arc costs must be non-negative and every unit of supply must have a path to the sink (the caller adds
/// an always-open arc for what cannot be placed). Every array is rented from <see cref="ArrayPool{T}.Shared"/>,
/// sized once from the node and arc counts (arc arrays grow only if the caller's estimate was short), and
/// returned by <see cref="Dispose"/>, so a batch allocates next to nothing for its graph: read the flows
/// before disposing. Not thread-safe; one instance per solve.
/// </remarks>
internal sealed class MinCostFlow : IDisposable
{
    private readonly int _nodes;
    private int[] _supply;
    private int[] _from;
    private int[] _to;
    private int[] _residual;
    private Int128[] _cost;
    private int _arcs;

    // Filled by Solve: arcs leaving each node (forward arc 2a, its reverse 2a + 1), in CSR form.
    private int[] _start = [];
    private int[] _out = [];

    // Solve's per-node working arrays (rented there, returned by Dispose).
    private Int128[] _potential = [];
    private Int128[] _dist = [];
    private int[] _seen = [];
    private int[] _pred = [];
    private int[] _settled = [];
    private int[] _sinkArc = [];

    /// <summary>Creates an empty graph of <paramref name="nodes"/> nodes with room for <paramref name="expectedArcs"/> arcs (it grows if needed).</summary>
    public MinCostFlow(int nodes, int expectedArcs)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nodes);
        _nodes = nodes;
        _supply = Rent<int>(nodes);
        Array.Clear(_supply, 0, nodes);
        var room = Math.Max(4, expectedArcs);
        _from = Rent<int>(room);
        _to = Rent<int>(room);
        _residual = Rent<int>(room * 2);
        _cost = Rent<Int128>(room);
    }

    /// <summary>The number of arcs added.</summary>
    public int ArcCount => _arcs;

    /// <summary>Shortest paths computed by the last <see cref="Solve"/> (one per augmentation).</summary>
    public int Augmentations { get; private set; }

    /// <summary>Adds an arc of <paramref name="capacity"/> units at <paramref name="cost"/> (≥ 0) per unit; returns its id for <see cref="Flow"/>.</summary>
    public int AddArc(int from, int to, int capacity, Int128 cost)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        if (cost < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(cost), "Arc costs must not be negative.");
        }

        if (_arcs == _from.Length || (2 * _arcs) + 1 >= _residual.Length || _arcs == _to.Length || _arcs == _cost.Length)
        {
            var room = _arcs * 2;
            Grow(ref _from, _arcs, room);
            Grow(ref _to, _arcs, room);
            Grow(ref _residual, 2 * _arcs, room * 2);
            Grow(ref _cost, _arcs, room);
        }

        _from[_arcs] = from;
        _to[_arcs] = to;
        _residual[2 * _arcs] = capacity;
        _residual[(2 * _arcs) + 1] = 0;
        _cost[_arcs] = cost;
        return _arcs++;
    }

    /// <summary>Adds <paramref name="units"/> of supply at <paramref name="node"/>, to be sent to the sink.</summary>
    public void AddSupply(int node, int units)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(units);
        _supply[node] += units;
    }

    /// <summary>The flow on an arc after <see cref="Solve"/>.</summary>
    public int Flow(int arc) => _residual[(2 * arc) + 1];

    /// <summary>Sends every unit of supply to <paramref name="sink"/> at the least total cost.</summary>
    /// <exception cref="InvalidOperationException">Some supply has no path to the sink.</exception>
    public void Solve(int sink)
    {
        BuildAdjacency();
        var n = _nodes;
        var potential = _potential = Rent<Int128>(n);
        Array.Clear(potential, 0, n);
        var dist = _dist = Rent<Int128>(n);
        var seen = _seen = Rent<int>(n);
        Array.Clear(seen, 0, n);
        var pred = _pred = Rent<int>(n);
        var settled = _settled = Rent<int>(n);
        var heap = new PriorityQueue<int, Int128>(); // stale entries are skipped on pop; it stays small (only nodes closer than the sink enter)
        var sinkArc = _sinkArc = SinkArcs(sink);
        var stamp = 0;
        Augmentations = 0;
        for (var source = 0; source < n; source++)
        {
            while (_supply[source] > 0)
            {
                // Dijkstra from the source on reduced costs, stopping once the sink is settled.
                stamp++;
                heap.Clear();
                dist[source] = 0;
                seen[source] = stamp;
                pred[source] = -1;
                heap.Enqueue(source, 0);
                var settledCount = 0;
                var reached = false;
                while (heap.TryDequeue(out var u, out var du))
                {
                    if (du != dist[u] || seen[u] != stamp)
                    {
                        continue;
                    }

                    // A node is settled once: mark it by flipping its stamp negative.
                    seen[u] = -stamp;
                    if (u == sink)
                    {
                        reached = true;
                        break;
                    }

                    settled[settledCount++] = u;
                    var pu = potential[u];
                    for (var e = _start[u]; e < _start[u + 1]; e++)
                    {
                        var a = _out[e];
                        if (_residual[a] == 0)
                        {
                            continue;
                        }

                        var v = (a & 1) == 0 ? _to[a >> 1] : _from[a >> 1];
                        if (seen[v] == -stamp)
                        {
                            continue;
                        }

                        var c = (a & 1) == 0 ? _cost[a >> 1] : -_cost[a >> 1];
                        var dv = du + c + pu - potential[v];

                        // A node no closer than the sink's best known path cannot be settled before the
                        // sink, so it need not enter the heap (most late options of a class stop here).
                        if ((seen[v] == stamp && dv >= dist[v]) || (seen[sink] == stamp && dv >= dist[sink]))
                        {
                            continue;
                        }

                        seen[v] = stamp;
                        dist[v] = dv;
                        pred[v] = a;
                        heap.Enqueue(v, dv);

                        // Look one arc ahead: a node with room straight to the sink bounds the sink's distance now.
                        var t = sinkArc[v];
                        if (v != sink && t >= 0 && _residual[2 * t] > 0)
                        {
                            var ds = dv + _cost[t] + potential[v] - potential[sink];
                            if (seen[sink] != stamp || ds < dist[sink])
                            {
                                seen[sink] = stamp;
                                dist[sink] = ds;
                                pred[sink] = 2 * t;
                                heap.Enqueue(sink, ds);
                            }
                        }
                    }
                }

                if (!reached)
                {
                    throw new InvalidOperationException($"min-cost flow: {_supply[source]} unit(s) at node {source} have no path to the sink.");
                }

                // Johnson: settled nodes move by what they were short of the sink, so every residual arc
                // (and every reverse arc of the path) keeps a non-negative reduced cost; the sink's stays.
                var toSink = dist[sink];
                for (var i = 0; i < settledCount; i++)
                {
                    var v = settled[i];
                    potential[v] -= toSink - dist[v];
                }

                var amount = _supply[source];
                for (var v = sink; v != source;)
                {
                    var a = pred[v];
                    amount = Math.Min(amount, _residual[a]);
                    v = (a & 1) == 0 ? _from[a >> 1] : _to[a >> 1];
                }

                for (var v = sink; v != source;)
                {
                    var a = pred[v];
                    _residual[a] -= amount;
                    _residual[a ^ 1] += amount;
                    v = (a & 1) == 0 ? _from[a >> 1] : _to[a >> 1];
                }

                _supply[source] -= amount;
                Augmentations++;
            }
        }
    }

    /// <summary>Returns every rented array to the pool; <see cref="Flow"/> must not be read afterwards.</summary>
    public void Dispose()
    {
        Return(ref _supply);
        Return(ref _from);
        Return(ref _to);
        Return(ref _residual);
        Return(ref _cost);
        Return(ref _start);
        Return(ref _out);
        Return(ref _potential);
        Return(ref _dist);
        Return(ref _seen);
        Return(ref _pred);
        Return(ref _settled);
        Return(ref _sinkArc);
    }

    private static T[] Rent<T>(int length) => ArrayPool<T>.Shared.Rent(length);

    private static void Return<T>(ref T[] array)
    {
        if (array.Length > 0)
        {
            ArrayPool<T>.Shared.Return(array);
        }

        array = [];
    }

    /// <summary>Swaps <paramref name="array"/> for a rented one of at least <paramref name="length"/>, keeping its first <paramref name="used"/> items.</summary>
    private static void Grow<T>(ref T[] array, int used, int length)
    {
        if (array.Length >= length)
        {
            return;
        }

        var bigger = Rent<T>(length);
        Array.Copy(array, bigger, used);
        Return(ref array);
        array = bigger;
    }

    /// <summary>For each node, one arc straight to the sink (the cheapest), or -1.</summary>
    private int[] SinkArcs(int sink)
    {
        var arcs = Rent<int>(_nodes);
        Array.Fill(arcs, -1, 0, _nodes);
        for (var a = 0; a < _arcs; a++)
        {
            var v = _from[a];
            if (_to[a] == sink && (arcs[v] < 0 || _cost[a] < _cost[arcs[v]]))
            {
                arcs[v] = a;
            }
        }

        return arcs;
    }

    private void BuildAdjacency()
    {
        Return(ref _start);
        Return(ref _out);
        _start = Rent<int>(_nodes + 1);
        Array.Clear(_start, 0, _nodes + 1);
        for (var a = 0; a < _arcs; a++)
        {
            _start[_from[a] + 1]++;
            _start[_to[a] + 1]++;
        }

        for (var v = 0; v < _nodes; v++)
        {
            _start[v + 1] += _start[v];
        }

        // _start[v] is node v's fill cursor; once filled it holds v + 1's start, so shift it back.
        _out = Rent<int>(Math.Max(1, 2 * _arcs));
        for (var a = 0; a < _arcs; a++)
        {
            _out[_start[_from[a]]++] = 2 * a;
            _out[_start[_to[a]]++] = (2 * a) + 1;
        }

        for (var v = _nodes; v > 0; v--)
        {
            _start[v] = _start[v - 1];
        }

        _start[0] = 0;
    }
}
