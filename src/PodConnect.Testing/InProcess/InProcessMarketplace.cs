using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text.Json;
using PodConnect.Errors;
using PodConnect.Marketplaces;
using PodConnect.Providers;

namespace PodConnect.Testing.InProcess;

/// <summary>
/// A marketplace in memory, behind <see cref="IMarketplace"/> and <see cref="IMarketplaceOrderLinks"/>:
/// orders you add, buyer and seller cancellations, mark-shipped with TikTok's "already shipped" rule, a carrier list,
/// signed webhooks. Counts calls as the real API would bill them (a page of 100 orders, 50 ids per read)
/// and how often each order was actually shipped; injects seeded faults.
/// </summary>
public sealed class InProcessMarketplace : IMarketplace, IMarketplaceOrderLinks, IMarketplaceCancellation
{
    /// <summary>The shop id orders get by default.</summary>
    public const string DefaultShopId = "shop-1";

    /// <summary>The carriers every shop accepts.</summary>
    public static readonly IReadOnlyList<MarketplaceCarrier> Carriers =
    [
        new("6617675021119438849", "Royal Mail"),
        new("6617675021119438850", "Evri"),
        new("6617675021119438851", "DPD UK"),
        new("6617675021119438852", "DHL Parcel UK"),
    ];

    private readonly ConcurrentDictionary<string, State> _orders = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, long> _callsByKind = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, MarketplaceCancelReason> _sellerCancellations = new(StringComparer.Ordinal);
    private long _calls;
    private long _markShippedCalls;

    /// <summary>Creates an empty marketplace.</summary>
    public InProcessMarketplace(TimeProvider time, int seed = 7)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
        Faults = new InProcessFaults(seed);
    }

    /// <inheritdoc />
    public string Name => "inprocess-marketplace";

    /// <summary>The fault dice.</summary>
    public InProcessFaults Faults { get; }

    /// <summary>Whether this marketplace keeps provider links on orders (like TikTok's external order references). Default true.</summary>
    public bool KeepsLinks { get; set; } = true;

    /// <summary>Every call made to it.</summary>
    public long Calls => Interlocked.Read(ref _calls);

    /// <summary>Calls by operation, e.g. <c>MarkShippedAsync</c>.</summary>
    public IReadOnlyDictionary<string, long> CallsByKind => _callsByKind;

    /// <summary>Mark-shipped calls made.</summary>
    public long MarkShippedCalls => Interlocked.Read(ref _markShippedCalls);

    /// <summary>Adds (or replaces) an order; it counts as changed now.</summary>
    public void Add(MarketplaceOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        _orders[order.Id] = new State(order with { UpdatedAt = _time.GetUtcNow() });
    }

    /// <summary>The buyer cancels the order (if it is not shipped yet); returns whether it was cancelled.</summary>
    public bool Cancel(string orderId) => Cancel(orderId, "BUYER", "No longer needed");

    /// <summary>
    /// Cancels the order (if it is not shipped yet) as <paramref name="initiator"/> (<c>SELLER</c>, <c>BUYER</c>,
    /// <c>SYSTEM</c>) for <paramref name="reason"/>; returns whether it was cancelled.
    /// </summary>
    public bool Cancel(string orderId, string initiator, string reason)
    {
        var state = _orders[orderId];
        lock (state)
        {
            if (state.Order.Status == MarketplaceOrderStatus.Shipped)
            {
                return false;
            }

            state.Order = Rebuild(state.Order, MarketplaceOrderStatus.Cancelled, "CANCELLED") with
            {
                CancelledAt = _time.GetUtcNow(),
                CancellationInitiator = initiator,
                CancelReason = reason,
            };
            return true;
        }
    }

    /// <summary>The carrier scans a shipped order (TikTok <c>IN_TRANSIT</c>, <c>collection_time</c>); returns whether it was shipped.</summary>
    public bool Collect(string orderId) => Advance(orderId, "IN_TRANSIT", o => o with { CollectedAt = _time.GetUtcNow() });

    /// <summary>The carrier delivers a shipped order (TikTok <c>DELIVERED</c>, <c>delivery_time</c>); returns whether it was shipped.</summary>
    public bool Deliver(string orderId) => Advance(orderId, "DELIVERED", o => o with { CollectedAt = o.CollectedAt ?? _time.GetUtcNow(), DeliveredAt = _time.GetUtcNow() });

    private bool Advance(string orderId, string raw, Func<MarketplaceOrder, MarketplaceOrder> change)
    {
        var state = _orders[orderId];
        lock (state)
        {
            if (state.Order.Status != MarketplaceOrderStatus.Shipped)
            {
                return false;
            }

            state.Order = change(Rebuild(state.Order, MarketplaceOrderStatus.Shipped, raw));
            return true;
        }
    }

    /// <summary>The orders the seller cancelled (through <see cref="CancelOrderAsync"/>), with the reason given.</summary>
    public IReadOnlyDictionary<string, MarketplaceCancelReason> SellerCancellations => _sellerCancellations;

    /// <inheritdoc />
    /// <remarks>Like TikTok: an order already cancelled is a success; a shipped one is refused (<c>25001045</c>).</remarks>
    public Task<MarketplaceCancelResult> CancelOrderAsync(MarketplaceOrderRef order, MarketplaceCancelReason reason, CancellationToken cancellationToken = default)
    {
        Count("CancelOrderAsync");
        var lose = Faults.Roll(Name, acts: true);
        var state = _orders[order.OrderId];
        MarketplaceCancelResult result;
        lock (state)
        {
            if (state.Order.Status == MarketplaceOrderStatus.Cancelled)
            {
                result = new MarketplaceCancelResult(true, "25001011", "the order has already been cancelled");
            }
            else if (state.Order.Status == MarketplaceOrderStatus.Shipped)
            {
                result = new MarketplaceCancelResult(false, "25001045", "the order has already been shipped");
            }
            else
            {
                state.Order = Rebuild(state.Order, MarketplaceOrderStatus.Cancelled, "CANCELLED");
                _sellerCancellations[order.OrderId] = reason;
                result = new MarketplaceCancelResult(true);
            }
        }

        return lose ? throw InProcessFaults.Lost(Name) : Task.FromResult(result);
    }

    /// <summary>The order as it stands.</summary>
    public MarketplaceOrder Get(string orderId) => _orders[orderId].Order;

    /// <summary>How many times an order was actually shipped (must never exceed 1).</summary>
    public int ShipCount(string orderId) => _orders[orderId].ShipCount;

    /// <summary>The tracking number the order was shipped with, or <see langword="null"/>.</summary>
    public string? TrackingOf(string orderId) => _orders[orderId].Tracking;

    /// <summary>All order ids.</summary>
    public IReadOnlyCollection<string> OrderIds => [.. _orders.Keys];

    /// <summary>A signed webhook saying the order changed.</summary>
    public PodWebhookRequest CreateWebhook(string orderId, string? eventId = null)
    {
        var order = _orders[orderId].Order;
        var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string>
        {
            ["id"] = eventId ?? Guid.NewGuid().ToString("N"),
            ["shop_id"] = order.Reference.ShopId,
            ["order_id"] = orderId,
        });
        return new PodWebhookRequest(body, [new KeyValuePair<string, string>("Authorization", WebhookSecrets.HmacSha256Hex("secret"u8, body))]);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<MarketplaceOrder> GetOrdersChangedSinceAsync(DateTimeOffset since, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var changed = _orders.Values.Select(s => s.Order).Where(o => o.UpdatedAt >= since).OrderBy(o => o.UpdatedAt).ToList();
        foreach (var page in changed.Chunk(100).DefaultIfEmpty([]))
        {
            Count("GetOrdersChangedSinceAsync");
            Faults.Roll(Name, acts: false);
            foreach (var order in page)
            {
                yield return order;
            }

            await Task.Yield();
        }
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<MarketplaceOrder>> GetOrdersAsync(IReadOnlyList<MarketplaceOrderRef> orders, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(orders);
        var found = new List<MarketplaceOrder>(orders.Count);
        foreach (var batch in orders.Chunk(50))
        {
            Count("GetOrdersAsync");
            Faults.Roll(Name, acts: false);
            found.AddRange(batch.Where(r => _orders.ContainsKey(r.OrderId)).Select(r => _orders[r.OrderId].Order));
        }

        return Task.FromResult<IReadOnlyList<MarketplaceOrder>>(found);
    }

    /// <inheritdoc />
    public Task<MarkShippedResult> MarkShippedAsync(MarketplaceOrderRef order, MarketplaceShipment shipment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shipment);
        Count("MarkShippedAsync");
        Interlocked.Increment(ref _markShippedCalls);
        var lose = Faults.Roll(Name, acts: true);
        var state = _orders[order.OrderId];
        MarkShippedResult result;
        lock (state)
        {
            if (Carriers.All(c => c.Id != shipment.ShippingProviderId))
            {
                result = new MarkShippedResult(MarkShippedStatus.TrackingRejected, "21011022", "invalid tracking number or shipping provider");
            }
            else if (state.Order.Status == MarketplaceOrderStatus.Shipped)
            {
                result = new MarkShippedResult(MarkShippedStatus.AlreadyShipped, "21011006", "already shipped");
            }
            else if (state.Order.Status != MarketplaceOrderStatus.AwaitingShipment)
            {
                result = new MarkShippedResult(MarkShippedStatus.NeedsAttention, "21011001", $"status {state.Order.RawStatus} does not allow shipping");
            }
            else
            {
                state.ShipCount++;
                state.Tracking = shipment.TrackingNumber;
                state.Order = Rebuild(state.Order, MarketplaceOrderStatus.Shipped, "AWAITING_COLLECTION") with { ShippedAt = _time.GetUtcNow() };
                result = new MarkShippedResult(MarkShippedStatus.Shipped);
            }
        }

        return lose ? throw InProcessFaults.Lost(Name) : Task.FromResult(result);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<MarketplaceCarrier>> GetCarriersAsync(string shopId, CancellationToken cancellationToken = default)
    {
        Count("GetCarriersAsync");
        Faults.Roll(Name, acts: false);
        return Task.FromResult(Carriers);
    }

    /// <inheritdoc />
    public int MaxLinksPerCall => 100;

    /// <inheritdoc />
    public Task LinkProviderOrdersAsync(string shopId, IReadOnlyList<ProviderOrderLink> links, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(links);
        if (!KeepsLinks)
        {
            return Task.CompletedTask;
        }

        Count("LinkProviderOrdersAsync");
        var lose = Faults.Roll(Name, acts: true);
        foreach (var (order, link) in links)
        {
            var state = _orders[order.Id];
            lock (state)
            {
                state.Link = link;
            }
        }

        return lose ? throw InProcessFaults.Lost(Name) : Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<MarketplaceOrderLink?> FindLinkAsync(MarketplaceOrderRef order, CancellationToken cancellationToken = default)
    {
        Count("FindLinkAsync");
        Faults.Roll(Name, acts: false);
        var state = _orders[order.OrderId];
        lock (state)
        {
            return Task.FromResult(KeepsLinks ? state.Link : null);
        }
    }

    /// <inheritdoc />
    public MarketplaceWebhookEvent ParseWebhook(PodWebhookRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!WebhookSecrets.HmacSha256HexEquals("secret"u8, request.Body.Span, request.Header("Authorization")))
        {
            throw new WebhookVerificationException("The Authorization signature is missing or wrong.");
        }

        try
        {
            using var doc = JsonDocument.Parse(request.Body);
            var root = doc.RootElement;
            return new MarketplaceWebhookEvent("ORDER_STATUS_CHANGE", root.GetProperty("id").GetString()!, new MarketplaceOrderRef(root.GetProperty("shop_id").GetString()!, root.GetProperty("order_id").GetString()!));
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new MalformedResponseException("Webhook body is not the expected JSON (id, shop_id, order_id).", new RemoteErrorDetails(Name), e);
        }
    }

    private MarketplaceOrder Rebuild(MarketplaceOrder order, MarketplaceOrderStatus status, string raw) =>
        order with { Status = status, RawStatus = raw, UpdatedAt = _time.GetUtcNow() };

    private sealed class State(MarketplaceOrder order)
    {
        public MarketplaceOrder Order { get; set; } = order;

        public int ShipCount { get; set; }

        public string? Tracking { get; set; }

        public MarketplaceOrderLink? Link { get; set; }
    }

    private void Count(string operation)
    {
        Interlocked.Increment(ref _calls);
        _callsByKind.AddOrUpdate(operation, 1, (_, n) => n + 1);
    }
}
