namespace PodConnect.Routing;

/// <summary>
/// How the router chooses: hard constraints (the facility can make every item, is allowed, ships within
/// the transit limit, has capacity and stock and is open, meets the ready-to-ship deadline with a safety
/// margin and — by default — the delivery deadline) and then an
/// ordered list of preferences, with the facility id as the last, deterministic tie-break. When no
/// facility meets the deadline, the least late one is chosen and the decision is flagged late.
/// Immutable; build one with <see cref="Create"/>.
/// </summary>
public sealed class RoutingPolicy
{
    internal RoutingPolicy(
        IReadOnlyList<RoutingCriterion> preferences,
        TimeSpan safetyMargin,
        IReadOnlySet<string>? allowedProviders,
        IReadOnlySet<string> deniedProviders,
        IReadOnlySet<string> excludedFacilities,
        int? maxTransitDays,
        bool respectCapacity,
        int batchHorizonDays,
        DeliveryDeadlineRule deliveryDeadline)
    {
        Preferences = preferences;
        SafetyMargin = safetyMargin;
        AllowedProviders = allowedProviders;
        DeniedProviders = deniedProviders;
        ExcludedFacilities = excludedFacilities;
        MaxTransitDays = maxTransitDays;
        RespectCapacity = respectCapacity;
        BatchHorizonDays = batchHorizonDays;
        DeliveryDeadline = deliveryDeadline;
        IsStatic = preferences.All(p => p is RoutingCriterion.Local or RoutingCriterion.Cost or RoutingCriterion.Co2e);
    }

    /// <summary>Local first, then cost, then CO2e; no safety margin; capacity respected.</summary>
    public static RoutingPolicy Default { get; } = Create().PreferLocal().ThenBy(RoutingCriterion.Cost).ThenBy(RoutingCriterion.Co2e).Build();

    /// <summary>The preferences, most important first.</summary>
    public IReadOnlyList<RoutingCriterion> Preferences { get; }

    /// <summary>A facility must dispatch at least this long before the deadline to count as on time.</summary>
    public TimeSpan SafetyMargin { get; }

    /// <summary>Only these providers, or <c>null</c> for any.</summary>
    public IReadOnlySet<string>? AllowedProviders { get; }

    /// <summary>Never these providers.</summary>
    public IReadOnlySet<string> DeniedProviders { get; }

    /// <summary>Never these facilities (by id).</summary>
    public IReadOnlySet<string> ExcludedFacilities { get; }

    /// <summary>Lanes slower than this many transit working days are not used, or <c>null</c> for no limit.</summary>
    public int? MaxTransitDays { get; }

    /// <summary>Whether capacity counts (when a capacity ledger is given, and always in a batch).</summary>
    public bool RespectCapacity { get; }

    /// <summary>
    /// The capacity horizon: on how many working days, counting the production start day (day 0), a
    /// facility may start an order — day 0 and the next <c>BatchHorizonDays − 1</c> working days. Both
    /// <see cref="Router.Route(Domain.Order, DateTimeOffset, in RoutingConditions)"/> (with a ledger) and
    /// <see cref="Router.RouteBatch(IReadOnlyList{Domain.Order}, DateTimeOffset, CapacityLedger?)"/> use it: a facility whose day 0
    /// is full starts the order on its first later day with room. Facilities are ranked first and days
    /// second, so a later day at a preferred facility beats day 0 at a less preferred one, as long as it
    /// is still on time. (The name stays for compatibility; it is not only the batch's.)
    /// </summary>
    public int BatchHorizonDays { get; }

    /// <summary>What to do with a facility that dispatches in time but cannot deliver by the delivery deadline (default <see cref="DeliveryDeadlineRule.Reject"/>).</summary>
    public DeliveryDeadlineRule DeliveryDeadline { get; }

    /// <summary>Whether every preference depends only on the network (not on time), which lets the router stop at the first feasible facility.</summary>
    internal bool IsStatic { get; }

    /// <summary>Starts a policy.</summary>
    public static RoutingPolicyBuilder Create() => new();

    /// <summary>Why a facility is excluded by this policy, or <c>null</c> if it is allowed.</summary>
    public string? ExclusionReason(Facility facility)
    {
        ArgumentNullException.ThrowIfNull(facility);
        if (ExcludedFacilities.Contains(facility.Id))
        {
            return $"excluded by policy: facility '{facility.Id}' is on the exclusion list";
        }

        if (DeniedProviders.Contains(facility.Provider))
        {
            return $"excluded by policy: provider '{facility.Provider}' is denied";
        }

        if (AllowedProviders is not null && !AllowedProviders.Contains(facility.Provider))
        {
            return $"excluded by policy: provider '{facility.Provider}' is not on the allow list ({string.Join(", ", AllowedProviders.Order(StringComparer.Ordinal))})";
        }

        return null;
    }

    /// <summary>
    /// This policy turned slack first, the step shop-health steering takes as headroom shrinks: the earliest
    /// predicted dispatch (<see cref="RoutingCriterion.Speed"/>) becomes the first preference, ahead of the
    /// others in their order (cost, local, CO2e only break ties), and the safety margin becomes at least
    /// <paramref name="minimumMargin"/>. Everything else (allowed providers, capacity, delivery rule) is kept.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The margin is negative or over 10 days.</exception>
    public RoutingPolicy SlackFirst(TimeSpan minimumMargin)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumMargin, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minimumMargin, TimeSpan.FromDays(10));
        RoutingCriterion[] preferences = [RoutingCriterion.Speed, .. Preferences.Where(p => p != RoutingCriterion.Speed)];
        return new RoutingPolicy(
            preferences,
            SafetyMargin > minimumMargin ? SafetyMargin : minimumMargin,
            AllowedProviders,
            DeniedProviders,
            ExcludedFacilities,
            MaxTransitDays,
            RespectCapacity,
            BatchHorizonDays,
            DeliveryDeadline);
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"prefer {string.Join(" > ", Preferences)}; margin {SafetyMargin}; max transit {MaxTransitDays?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "any"}; delivery deadline {DeliveryDeadline}; horizon {BatchHorizonDays} working days";
}

/// <summary>Builds a <see cref="RoutingPolicy"/>: <c>RoutingPolicy.Create().WithSafetyMargin(TimeSpan.FromHours(2)).PreferLocal().ThenBy(RoutingCriterion.Cost).Build()</c>.</summary>
public sealed class RoutingPolicyBuilder
{
    private readonly List<RoutingCriterion> _preferences = [];
    private readonly HashSet<string> _denied = new(StringComparer.Ordinal);
    private readonly HashSet<string> _excluded = new(StringComparer.Ordinal);
    private HashSet<string>? _allowed;
    private TimeSpan _margin = TimeSpan.Zero;
    private int? _maxTransit;
    private bool _respectCapacity = true;
    private int _horizon = 5;
    private DeliveryDeadlineRule _delivery = DeliveryDeadlineRule.Reject;

    internal RoutingPolicyBuilder()
    {
    }

    /// <summary>Prefers production in the buyer's country (first preference if called first).</summary>
    public RoutingPolicyBuilder PreferLocal() => ThenBy(RoutingCriterion.Local);

    /// <summary>Adds the next preference; ties on every preference fall to the facility id.</summary>
    /// <exception cref="ArgumentException">The criterion is already in the list.</exception>
    public RoutingPolicyBuilder ThenBy(RoutingCriterion criterion)
    {
        if (!Enum.IsDefined(criterion))
        {
            throw new ArgumentOutOfRangeException(nameof(criterion), criterion, "Unknown routing criterion.");
        }

        if (_preferences.Contains(criterion))
        {
            throw new ArgumentException($"{criterion} is already a preference of this policy.", nameof(criterion));
        }

        _preferences.Add(criterion);
        return this;
    }

    /// <summary>Same as <see cref="ThenBy"/>; reads better as the first preference.</summary>
    public RoutingPolicyBuilder Prefer(RoutingCriterion criterion) => ThenBy(criterion);

    /// <summary>Requires dispatch at least <paramref name="margin"/> before the deadline (default zero).</summary>
    public RoutingPolicyBuilder WithSafetyMargin(TimeSpan margin)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(margin, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(margin, TimeSpan.FromDays(10));
        _margin = margin;
        return this;
    }

    /// <summary>Uses only these providers.</summary>
    public RoutingPolicyBuilder AllowProviders(params string[] providers)
    {
        ArgumentNullException.ThrowIfNull(providers);
        _allowed ??= new HashSet<string>(StringComparer.Ordinal);
        _allowed.UnionWith(providers);
        return this;
    }

    /// <summary>Never uses these providers.</summary>
    public RoutingPolicyBuilder DenyProviders(params string[] providers)
    {
        ArgumentNullException.ThrowIfNull(providers);
        _denied.UnionWith(providers);
        return this;
    }

    /// <summary>Never uses these facilities (by id).</summary>
    public RoutingPolicyBuilder ExcludeFacilities(params string[] facilityIds)
    {
        ArgumentNullException.ThrowIfNull(facilityIds);
        _excluded.UnionWith(facilityIds);
        return this;
    }

    /// <summary>Rejects lanes slower than <paramref name="workingDays"/> transit working days.</summary>
    public RoutingPolicyBuilder WithMaxTransitDays(int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        _maxTransit = workingDays;
        return this;
    }

    /// <summary>Ignores daily capacity even when a ledger is given (for what-if questions).</summary>
    public RoutingPolicyBuilder IgnoreCapacity()
    {
        _respectCapacity = false;
        return this;
    }

    /// <summary>What to do with a facility that dispatches in time but delivers after the delivery deadline (default <see cref="DeliveryDeadlineRule.Reject"/>).</summary>
    public RoutingPolicyBuilder WithDeliveryDeadline(DeliveryDeadlineRule rule)
    {
        if (!Enum.IsDefined(rule))
        {
            throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown delivery deadline rule.");
        }

        _delivery = rule;
        return this;
    }

    /// <summary>On how many working days, counting the start day, production may start when earlier days are full (1–30, default 5); see <see cref="RoutingPolicy.BatchHorizonDays"/>.</summary>
    public RoutingPolicyBuilder WithBatchHorizon(int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingDays, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(workingDays, 30);
        _horizon = workingDays;
        return this;
    }

    /// <summary>Builds the immutable policy.</summary>
    public RoutingPolicy Build() => new(
        [.. _preferences],
        _margin,
        _allowed is null ? null : new HashSet<string>(_allowed, StringComparer.Ordinal),
        new HashSet<string>(_denied, StringComparer.Ordinal),
        new HashSet<string>(_excluded, StringComparer.Ordinal),
        _maxTransit,
        _respectCapacity,
        _horizon,
        _delivery);
}
