using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using PodConnect.Errors;
using PodConnect.Providers;

namespace PodConnect.Testing.InProcess;

/// <summary>
/// A POD provider in memory, behind <see cref="IPodProvider"/>: idempotent by external id like the real
/// ones, each order moving to production and shipped with tracking by the clock (no timers: the status is
/// computed from the <see cref="TimeProvider"/> when read). Counts calls and creations; injects seeded
/// faults. For loop tests and benchmarks where HTTP would only add noise.
/// </summary>
public sealed class InProcessPodProvider : IPodProvider
{
    private readonly ConcurrentDictionary<string, Placed> _byExternalId = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Placed> _byId = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, long> _callsByKind = new(StringComparer.Ordinal);
    private long _calls;
    private long _creates;
    private long _nextId;

    /// <summary>Creates a provider named <paramref name="name"/> (it must match the facility network's provider key).</summary>
    public InProcessPodProvider(string name, TimeProvider time, int seed = 1)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(time);
        Name = name;
        _time = time;
        Faults = new InProcessFaults(seed);
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <summary>The fault dice.</summary>
    public InProcessFaults Faults { get; }

    /// <summary>Creation → in production (no longer cancellable). Default 4 hours.</summary>
    public TimeSpan ToInProduction { get; set; } = TimeSpan.FromHours(4);

    /// <summary>Creation → shipped with tracking. Default 20 hours.</summary>
    public TimeSpan ToShipped { get; set; } = TimeSpan.FromHours(20);

    /// <summary>The carrier name reported on shipments.</summary>
    public string Carrier { get; set; } = "Royal Mail";

    /// <summary>The secret webhooks carry in the <c>X-Fake-Secret</c> header.</summary>
    public string WebhookSecret { get; set; } = "in-process-secret";

    /// <summary>Every call made to it.</summary>
    public long Calls => Interlocked.Read(ref _calls);

    /// <summary>Calls by operation, e.g. <c>MarkShippedAsync</c>.</summary>
    public IReadOnlyDictionary<string, long> CallsByKind => _callsByKind;

    /// <summary>Orders actually created (a replay is not a creation).</summary>
    public long Creates => Interlocked.Read(ref _creates);

    /// <summary>The external ids of orders created here.</summary>
    public IReadOnlyCollection<string> ExternalIds => [.. _byExternalId.Keys];

    /// <summary>The order for an external id, as <see cref="GetOrderAsync"/> would report it now, or <see langword="null"/>.</summary>
    public PodOrder? Peek(string externalId) => _byExternalId.TryGetValue(externalId, out var placed) ? Snapshot(placed) : null;

    /// <inheritdoc />
    public Task<PodQuote> QuoteAsync(PodOrderRequest request, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The in-process provider does not quote; the loop never asks it to.");

    /// <inheritdoc />
    public Task<PodPlacement> PlaceOrderAsync(PodOrderRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        Count("PlaceOrderAsync");
        var lose = Faults.Roll(Name, acts: true);
        var fresh = new Placed(Name + "-" + Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture), request.ExternalId, _time.GetUtcNow());
        var placed = _byExternalId.GetOrAdd(request.ExternalId, fresh);
        var created = ReferenceEquals(placed, fresh);
        if (created)
        {
            _byId[placed.Id] = placed;
            Interlocked.Increment(ref _creates);
        }

        if (lose)
        {
            throw InProcessFaults.Lost(Name);
        }

        return Task.FromResult(new PodPlacement(Snapshot(placed), !created));
    }

    /// <inheritdoc />
    public Task<PodOrder> GetOrderAsync(string providerOrderId, CancellationToken cancellationToken = default)
    {
        Count("GetOrderAsync");
        Faults.Roll(Name, acts: false);
        return _byId.TryGetValue(providerOrderId, out var placed)
            ? Task.FromResult(Snapshot(placed))
            : throw new NotFoundException($"{Name} has no order {providerOrderId}.", new RemoteErrorDetails(Name, 404));
    }

    /// <inheritdoc />
    public Task<PodOrder?> FindOrderByExternalIdAsync(string externalId, CancellationToken cancellationToken = default)
    {
        Count("FindOrderByExternalIdAsync");
        Faults.Roll(Name, acts: false);
        return Task.FromResult(_byExternalId.TryGetValue(externalId, out var placed) ? Snapshot(placed) : null);
    }

    /// <inheritdoc />
    public Task<PodOrder> CancelOrderAsync(string providerOrderId, CancellationToken cancellationToken = default)
    {
        Count("CancelOrderAsync");
        Faults.Roll(Name, acts: false);
        if (!_byId.TryGetValue(providerOrderId, out var placed))
        {
            throw new NotFoundException($"{Name} has no order {providerOrderId}.", new RemoteErrorDetails(Name, 404));
        }

        lock (placed)
        {
            if (!placed.Cancelled && _time.GetUtcNow() >= placed.CreatedAt + ToInProduction)
            {
                throw new ConflictException($"{Name}: order {providerOrderId} is in production.", new RemoteErrorDetails(Name, 409));
            }

            placed.Cancelled = true;
        }

        return Task.FromResult(Snapshot(placed));
    }

    /// <summary>A webhook body announcing a status change of the order placed for <paramref name="externalId"/>.</summary>
    public PodWebhookRequest CreateWebhook(string externalId, string? eventId = null)
    {
        var placed = _byExternalId[externalId];
        var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string>
        {
            ["id"] = eventId ?? Guid.NewGuid().ToString("N"),
            ["order_id"] = placed.Id,
        });
        return new PodWebhookRequest(body, [new KeyValuePair<string, string>("X-Fake-Secret", WebhookSecret)]);
    }

    /// <inheritdoc />
    public PodWebhookEvent ParseWebhook(PodWebhookRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!WebhookSecrets.SecretEquals(request.Header("X-Fake-Secret"), WebhookSecret))
        {
            throw new WebhookVerificationException($"{Name}: the X-Fake-Secret header is missing or wrong.");
        }

        try
        {
            using var doc = JsonDocument.Parse(request.Body);
            var id = doc.RootElement.GetProperty("id").GetString() ?? throw new MalformedResponseException($"{Name} webhook: id is null.");
            var orderId = doc.RootElement.GetProperty("order_id").GetString();
            return new PodWebhookEvent(Name, "order_status_updated", PodWebhookEventKind.OrderStatusChanged, id) { ProviderOrderId = orderId };
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new MalformedResponseException($"{Name} webhook: the body is not the expected JSON (id, order_id).", new RemoteErrorDetails(Name), e);
        }
    }

    private PodOrder Snapshot(Placed placed)
    {
        var now = _time.GetUtcNow();
        var shippedAt = placed.CreatedAt + ToShipped;
        var (status, raw) = placed.Cancelled ? (PodOrderStatus.Cancelled, "cancelled")
            : now >= shippedAt ? (PodOrderStatus.Shipped, "shipped")
            : now >= placed.CreatedAt + ToInProduction ? (PodOrderStatus.InProduction, "in_production")
            : (PodOrderStatus.Received, "received");
        IReadOnlyList<PodShipment> shipments = status == PodOrderStatus.Shipped
            ? [new PodShipment("pkg-" + placed.Id, Carrier, "TRK" + placed.Id.ToUpperInvariant(), null, shippedAt)]
            : [];
        return new PodOrder(Name, placed.Id, placed.ExternalId, status, raw, shipments) { CreatedAt = placed.CreatedAt };
    }

    private sealed class Placed(string id, string externalId, DateTimeOffset createdAt)
    {
        public string Id { get; } = id;

        public string ExternalId { get; } = externalId;

        public DateTimeOffset CreatedAt { get; } = createdAt;

        public bool Cancelled { get; set; }
    }

    private void Count(string operation)
    {
        Interlocked.Increment(ref _calls);
        _callsByKind.AddOrUpdate(operation, 1, (_, n) => n + 1);
    }
}
