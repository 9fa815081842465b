using PodConnect.Calendars;
using PodConnect.Domain;
using PodConnect.Sla;

namespace PodConnect.Core.Tests.Sla;

/// <summary>
/// The delivery deadline is read from a table built per rule (issue 12's speed work); it must give what
/// the rule's definition gives — the end of the Nth working day after day 0 — at every instant,
/// including cut-offs, midnights, DST changes and the edges of the calendar's years, where it must
/// throw the same exception as before.
/// </summary>
public class DeliveryDeadlineTableTests
{
    public static TheoryData<string, int> Rules => new()
    {
        { "GB", 5 }, { "DE", 5 }, { "FR", 5 }, { "ES", 5 }, { "IT", 5 }, { "IE", 5 }, { "GB", 0 }, { "DE", 60 },
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void The_delivery_deadline_is_the_end_of_the_nth_working_day_after_day_0_at_every_instant(string market, int deliveryDays)
    {
        var rule = DispatchSla.Default.RuleFor(CountryCode.Parse(market)).WithWorkingDays(0).WithDeliveryWorkingDays(deliveryDays);
        var rng = new Random(market.GetHashCode(StringComparison.Ordinal) ^ deliveryDays);
        var from = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 5_000; i++)
        {
            // Random minutes of 2026-2027, and exact quarter hours where cut-offs and midnights fall.
            var at = from.AddMinutes(rng.NextDouble() < 0.5 ? rng.Next(0, 2 * 365 * 24 * 60) : rng.Next(0, 2 * 365 * 24 * 4) * 15);
            Assert.Equal(Definition(rule, at), rule.DeliveryDeadlineFor(at));
        }
    }

    [Fact]
    public void Near_the_edges_of_the_calendar_it_answers_or_throws_as_the_definition_does()
    {
        var rule = MarketDispatchRule.Create(CountryCode.DE, "Europe/Berlin", cutOff: new TimeOnly(14, 0), calendar: new WorkingCalendarBuilder(CountryCode.DE).ForYears(2026, 2027).Build(), deliveryWorkingDays: 5);
        var first = new DateTimeOffset(2025, 12, 31, 0, 0, 0, TimeSpan.Zero);
        var last = new DateTimeOffset(2027, 12, 20, 0, 0, 0, TimeSpan.Zero);
        foreach (var start in new[] { first, last })
        {
            for (var at = start; at < start.AddDays(14); at = at.AddMinutes(30))
            {
                var expected = Try(() => Definition(rule, at));
                var actual = Try(() => rule.DeliveryDeadlineFor(at));
                Assert.Equal(expected.Value, actual.Value);
                Assert.Equal(expected.Error, actual.Error);
            }
        }
    }

    private static DateTimeOffset Definition(MarketDispatchRule rule, DateTimeOffset at) =>
        rule.Clock.EndOfDay(rule.Clock.Calendar.AddWorkingDays(rule.Clock.StartDay(at), rule.DeliveryWorkingDays));

    private static (DateTimeOffset? Value, Type? Error) Try(Func<DateTimeOffset> f)
    {
        try
        {
            return (f(), null);
        }
        catch (ArgumentOutOfRangeException e)
        {
            return (null, e.GetType());
        }
    }
}
