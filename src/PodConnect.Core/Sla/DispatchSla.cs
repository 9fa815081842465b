using System.Collections.Frozen;
using PodConnect.Calendars;
using PodConnect.Domain;

namespace PodConnect.Sla;

/// <summary>
/// Dispatch deadlines per marketplace country. The deadline the marketplace puts on an order
/// (TikTok's <c>rts_sla_time</c>) always wins; otherwise the market's <see cref="MarketDispatchRule"/>
/// computes it. Immutable; <see cref="With"/> returns a copy with a rule added or replaced.
/// </summary>
/// <remarks>
/// Built-in rules (<see cref="Default"/>): 2 working days, Monday–Friday, national public holidays,
/// no cut-off (the whole local day of the order counts as day 0). GB uses Europe/London and the
/// England &amp; Wales bank holidays; IE, ES, DE, FR, IT use their capitals' zones and national
/// holidays; US uses America/Los_Angeles (TikTok US states its cut-off in Pacific time) and federal
/// holidays. Every rule also gives the delivery deadline used where the order carries no TikTok
/// <c>delivery_sla_time</c>: 5 business days (TikTok's UK/EU on-time delivery rule since 25 August 2025,
/// field-update.md §0). Sources: shared research routing-and-sla.md §6 and tiktok-shop-api.md §8; the UK
/// "2 working days to ready-to-ship" rule rests on secondary sources, so every value is overridable.
/// An order whose market has no rule (a cross-border shop selling into NL or PL, say) falls back to
/// the <see cref="ShopMarket"/>'s rule when one is set (<see cref="WithShopMarket"/>).
/// </remarks>
public sealed class DispatchSla
{
    private readonly FrozenDictionary<CountryCode, MarketDispatchRule> _rules;
    private readonly MarketDispatchRule? _shopRule;

    /// <summary>Creates a set of rules.</summary>
    /// <exception cref="ArgumentException">Two rules are for the same market.</exception>
    public DispatchSla(IEnumerable<MarketDispatchRule> rules)
        : this(rules, null)
    {
    }

    private DispatchSla(IEnumerable<MarketDispatchRule> rules, CountryCode? shopMarket)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var map = new Dictionary<CountryCode, MarketDispatchRule>();
        foreach (var rule in rules)
        {
            ArgumentNullException.ThrowIfNull(rule, nameof(rules));
            if (!map.TryAdd(rule.Market, rule))
            {
                throw new ArgumentException($"Two dispatch rules for market '{rule.Market}'.", nameof(rules));
            }
        }

        _rules = map.ToFrozenDictionary();
        if (shopMarket is { } shop)
        {
            ShopMarket = shop;
            _shopRule = RuleFor(shop);
        }
    }

    /// <summary>The market whose rule applies to orders from markets without a rule of their own, or <c>null</c>.</summary>
    public CountryCode? ShopMarket { get; }

    /// <summary>The built-in rules for GB, IE, ES, DE, FR, IT and US (see remarks).</summary>
    public static DispatchSla Default => LazyDefault.Value;

    private static readonly Lazy<DispatchSla> LazyDefault = new(() => new DispatchSla(
    [
        MarketDispatchRule.Create(CountryCode.GB, "Europe/London"),
        MarketDispatchRule.Create(CountryCode.IE, "Europe/Dublin"),
        MarketDispatchRule.Create(CountryCode.ES, "Europe/Madrid"),
        MarketDispatchRule.Create(CountryCode.DE, "Europe/Berlin"),
        MarketDispatchRule.Create(CountryCode.FR, "Europe/Paris"),
        MarketDispatchRule.Create(CountryCode.IT, "Europe/Rome"),
        MarketDispatchRule.Create(CountryCode.US, "America/Los_Angeles"),
    ]));

    /// <summary>The markets that have a rule.</summary>
    public IEnumerable<CountryCode> Markets => _rules.Keys.OrderBy(c => c.Value, StringComparer.Ordinal);

    /// <summary>A copy with <paramref name="rule"/> added, replacing any rule for the same market.</summary>
    public DispatchSla With(MarketDispatchRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new DispatchSla(_rules.Values.Where(r => r.Market != rule.Market).Append(rule), ShopMarket);
    }

    /// <summary>
    /// A copy in which an order whose market has no rule (e.g. a cross-border order to NL or PL) uses
    /// <paramref name="shopMarket"/>'s rule: the shop's own market, whose SLA TikTok applies.
    /// </summary>
    /// <exception cref="ArgumentException">No rule for <paramref name="shopMarket"/>.</exception>
    public DispatchSla WithShopMarket(CountryCode shopMarket) => new(_rules.Values, shopMarket);

    /// <summary>The rule that applies to orders of <paramref name="market"/>: its own, else the shop market's; <c>false</c> when neither exists.</summary>
    public bool TryGetRule(CountryCode market, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out MarketDispatchRule? rule)
    {
        if (!market.IsDefault && _rules.TryGetValue(market, out rule))
        {
            return true;
        }

        rule = _shopRule;
        return rule is not null;
    }

    /// <summary>The rule for a market.</summary>
    /// <exception cref="ArgumentException">No rule for that market.</exception>
    public MarketDispatchRule RuleFor(CountryCode market) =>
        _rules.TryGetValue(market, out var rule)
            ? rule
            : throw new ArgumentException(
                $"No dispatch rule for market '{market}'. Known: {string.Join(", ", Markets)}. Add one with DispatchSla.With(MarketDispatchRule.Create(...)).",
                nameof(market));

    /// <summary>The order's deadline: the marketplace's when stated, otherwise its market's rule (or the shop market's).</summary>
    /// <exception cref="ArgumentException">The order states no deadline and no rule applies to its market.</exception>
    public DispatchDeadline Resolve(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return order.Deadlines.ReadyToShipBy is { } stated
            ? new DispatchDeadline(stated, DeadlineSource.Marketplace)
            : new DispatchDeadline(RuleForOrder(order).DeadlineFor(order.CreatedAt), DeadlineSource.MarketRule);
    }

    /// <summary>
    /// The order's delivery deadline: TikTok's <c>delivery_sla_time</c> (<see cref="OrderDeadlines.DeliverBy"/>)
    /// when stated, otherwise the market rule's <see cref="MarketDispatchRule.DeliveryWorkingDays"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The order states no delivery deadline and no rule applies to its market.</exception>
    public DispatchDeadline ResolveDelivery(Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        return order.Deadlines.DeliverBy is { } stated
            ? new DispatchDeadline(stated, DeadlineSource.Marketplace)
            : new DispatchDeadline(RuleForOrder(order).DeliveryDeadlineFor(order.CreatedAt), DeadlineSource.MarketRule);
    }

    private MarketDispatchRule RuleForOrder(Order order) => TryGetRule(order.Market, out var rule) ? rule : RuleFor(order.Market);

    /// <summary>The order's deadline instant (see <see cref="Resolve"/>).</summary>
    public DateTimeOffset DeadlineFor(Order order) => Resolve(order).At;

    /// <summary>The deadline the market's rule gives an order placed at <paramref name="orderedAt"/>.</summary>
    public DateTimeOffset Compute(CountryCode market, DateTimeOffset orderedAt) => RuleFor(market).DeadlineFor(orderedAt);

    /// <summary>The same with N working days instead of the rule's.</summary>
    public DateTimeOffset Compute(CountryCode market, DateTimeOffset orderedAt, int workingDays) => RuleFor(market).DeadlineFor(orderedAt, workingDays);
}
