using PodConnect.Calendars;
using PodConnect.Domain;

namespace PodConnect.Sla;

/// <summary>
/// How a marketplace country computes the dispatch deadline when the order does not state one:
/// day 0 is the order's local date in the market's zone (the next day if at or after the cut-off;
/// moved on to a working day), and the deadline is the end of the Nth working day after day 0.
/// The delivery deadline (TikTok <c>delivery_sla_time</c>, used where the order states none) is the
/// end of the <see cref="DeliveryWorkingDays"/>th working day after the same day 0.
/// </summary>
public sealed class MarketDispatchRule
{
    private DayAfterWorkingDaysTable? _deliveryDays;

    /// <summary>Creates a rule.</summary>
    /// <param name="market">The marketplace country.</param>
    /// <param name="clock">The market's working days, time zone and cut-off.</param>
    /// <param name="workingDays">N, the working days allowed after day 0 (TikTok Shop: 2).</param>
    /// <param name="deliveryWorkingDays">Working days after day 0 by which the parcel must be delivered (default: TikTok UK/EU's 5 since 25 August 2025, or <paramref name="workingDays"/> if larger).</param>
    /// <exception cref="ArgumentOutOfRangeException">A number of days is negative or above 60, or delivery comes before dispatch.</exception>
    public MarketDispatchRule(CountryCode market, ZonedCalendar clock, int workingDays = 2, int? deliveryWorkingDays = null)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(workingDays, 60);
        var delivery = deliveryWorkingDays ?? Math.Max(DefaultDeliveryWorkingDays, workingDays);
        ArgumentOutOfRangeException.ThrowIfLessThan(delivery, workingDays, nameof(deliveryWorkingDays));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(delivery, 60, nameof(deliveryWorkingDays));
        if (market.IsDefault)
        {
            throw new ArgumentException("A rule needs a market country.", nameof(market));
        }

        Market = market;
        Clock = clock;
        WorkingDays = workingDays;
        DeliveryWorkingDays = delivery;
    }

    /// <summary>TikTok Shop's UK/EU on-time delivery rule: delivered within 5 business days of the order (changelog of 25 August 2025).</summary>
    public const int DefaultDeliveryWorkingDays = 5;

    /// <summary>The marketplace country.</summary>
    public CountryCode Market { get; }

    /// <summary>The market's working days, zone and cut-off.</summary>
    public ZonedCalendar Clock { get; }

    /// <summary>Working days allowed after day 0.</summary>
    public int WorkingDays { get; }

    /// <summary>Working days after day 0 by which the parcel must be delivered.</summary>
    public int DeliveryWorkingDays { get; }

    /// <summary>
    /// A rule from parts: the country's built-in calendar (or <paramref name="calendar"/>), an IANA
    /// zone, N working days and an optional local cut-off.
    /// </summary>
    public static MarketDispatchRule Create(
        CountryCode market,
        string timeZoneId,
        int workingDays = 2,
        TimeOnly? cutOff = null,
        WorkingCalendar? calendar = null,
        int? deliveryWorkingDays = null) =>
        new(market, new ZonedCalendar(calendar ?? WorkingCalendars.For(market), timeZoneId, cutOff), workingDays, deliveryWorkingDays);

    /// <summary>The same rule with another N.</summary>
    public MarketDispatchRule WithWorkingDays(int workingDays) => new(Market, Clock, workingDays, Math.Max(workingDays, DeliveryWorkingDays));

    /// <summary>The same rule with another number of working days to delivery.</summary>
    public MarketDispatchRule WithDeliveryWorkingDays(int deliveryWorkingDays) => new(Market, Clock, WorkingDays, deliveryWorkingDays);

    /// <summary>The delivery deadline for an order placed at <paramref name="orderedAt"/>: the end of the <see cref="DeliveryWorkingDays"/>th working day after day 0.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The instant is outside the calendar's years.</exception>
    public DateTimeOffset DeliveryDeadlineFor(DateTimeOffset orderedAt) => Clock.EndOfDay(DeliveryDayNumber(orderedAt.UtcTicks));

    /// <summary>Day-number form of <see cref="DeliveryDeadlineFor"/>: the market-local last day of delivery, for hot loops.</summary>
    internal int DeliveryDayNumber(long orderedAtUtcTicks) => DeliveryDays.DayFor(orderedAtUtcTicks);

    /// <summary>The delivery deadline's day for every day of the clock's range, with a bound that reads nothing (see <see cref="DayAfterWorkingDaysTable"/>).</summary>
    internal DayAfterWorkingDaysTable DeliveryDays => Volatile.Read(ref _deliveryDays) ?? PublishDeliveryDays();

    // Built on first use (routing reads it once per order): a rule only for deadlines never pays for it.
    private DayAfterWorkingDaysTable PublishDeliveryDays()
    {
        Interlocked.CompareExchange(ref _deliveryDays, new DayAfterWorkingDaysTable(Clock, DeliveryWorkingDays), null);
        return _deliveryDays;
    }

    /// <summary>The deadline for an order placed at <paramref name="orderedAt"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The instant is outside the calendar's years.</exception>
    public DateTimeOffset DeadlineFor(DateTimeOffset orderedAt) => DeadlineFor(orderedAt, WorkingDays);

    /// <summary>The deadline for an order placed at <paramref name="orderedAt"/> with another N.</summary>
    public DateTimeOffset DeadlineFor(DateTimeOffset orderedAt, int workingDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var day0 = Clock.StartDayNumber(orderedAt.UtcTicks);
        return Clock.EndOfDay(Clock.Calendar.AddWorkingDays(day0, workingDays));
    }

    /// <summary>E.g. <c>GB: 2 working days to dispatch, 5 to delivery, GB (MoTuWeThFr) in Europe/London</c>.</summary>
    public override string ToString() => $"{Market}: {WorkingDays} working days to dispatch, {DeliveryWorkingDays} to delivery, {Clock}";
}
