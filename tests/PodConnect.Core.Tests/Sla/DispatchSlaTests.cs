using PodConnect.Domain;
using PodConnect.Sla;

namespace PodConnect.Core.Tests.Sla;

public class DispatchSlaTests
{
    private static DateTimeOffset T(string iso) => DateTimeOffset.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static Order OrderAt(string createdAt, string country = "GB", OrderDeadlines? deadlines = null) =>
        new("577", T(createdAt), new Address(CountryCode.Parse(country)), [new OrderItem("TEE", ProductKind.TShirt, 1)], deadlines);

    [Theory]
    // Christmas Eve (Thu) counts as day 0; Christmas, the weekend and the substitute Boxing Day are skipped.
    [InlineData("GB", "2026-12-24T15:00:00Z", "2026-12-30T23:59:59.9999999+00:00")]
    // Saturday order: day 0 is Monday.
    [InlineData("GB", "2026-11-28T10:00:00Z", "2026-12-02T23:59:59.9999999+00:00")]
    // Friday 23:30 BST is still Friday in London, though it is Friday 22:30 in UTC.
    [InlineData("GB", "2026-10-23T22:30:00Z", "2026-10-27T23:59:59.9999999+00:00")]
    // Friday 23:30 UTC is Saturday 00:30 in London: day 0 is Monday.
    [InlineData("GB", "2026-10-23T23:30:00Z", "2026-10-28T23:59:59.9999999+00:00")]
    // Deadline spans the spring DST change and lands in summer time.
    [InlineData("GB", "2026-03-26T12:00:00Z", "2026-03-30T23:59:59.9999999+01:00")]
    [InlineData("DE", "2026-05-13T10:00:00Z", "2026-05-18T23:59:59.9999999+02:00")] // Ascension Thursday skipped
    [InlineData("FR", "2026-07-13T21:59:00Z", "2026-07-16T23:59:59.9999999+02:00")] // 23:59 Paris, Bastille Day skipped
    [InlineData("FR", "2026-07-13T22:00:00Z", "2026-07-17T23:59:59.9999999+02:00")] // midnight Paris: day 0 is 14 July → 15th
    [InlineData("IE", "2026-03-16T09:00:00Z", "2026-03-19T23:59:59.9999999+00:00")]
    [InlineData("ES", "2026-10-09T09:00:00Z", "2026-10-14T23:59:59.9999999+02:00")]
    [InlineData("IT", "2026-06-01T09:00:00Z", "2026-06-04T23:59:59.9999999+02:00")]
    [InlineData("US", "2026-07-02T09:00:00Z", "2026-07-07T23:59:59.9999999-07:00")]
    public void Market_rule(string market, string orderedAt, string expected) =>
        Assert.Equal(T(expected), DispatchSla.Default.Compute(CountryCode.Parse(market), T(orderedAt)));

    [Fact]
    public void Deadline_keeps_the_market_offset_for_display()
    {
        var deadline = DispatchSla.Default.Compute(CountryCode.DE, T("2026-11-24T10:00:00Z"));
        Assert.Equal(TimeSpan.FromHours(1), deadline.Offset);
        Assert.Equal("2026-11-26T23:59:59.9999999+01:00", deadline.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Marketplace_deadline_always_wins()
    {
        var stated = T("2026-12-24T18:00:00Z");
        var resolved = DispatchSla.Default.Resolve(OrderAt("2026-12-22T10:00:00Z", deadlines: new OrderDeadlines(ReadyToShipBy: stated)));
        Assert.Equal(stated, resolved.At);
        Assert.Equal(DeadlineSource.Marketplace, resolved.Source);
    }

    [Fact]
    public void Without_a_stated_deadline_the_market_rule_applies()
    {
        var resolved = DispatchSla.Default.Resolve(OrderAt("2026-12-24T15:00:00Z"));
        Assert.Equal(T("2026-12-30T23:59:59.9999999+00:00"), resolved.At);
        Assert.Equal(DeadlineSource.MarketRule, resolved.Source);
    }

    [Fact]
    public void Cut_off_and_working_days_are_configurable()
    {
        var sla = DispatchSla.Default.With(MarketDispatchRule.Create(CountryCode.GB, "Europe/London", workingDays: 3, cutOff: new TimeOnly(14, 0)));
        Assert.Equal(T("2026-06-18T23:59:59.9999999+01:00"), sla.Compute(CountryCode.GB, T("2026-06-15T12:59:59Z")));
        Assert.Equal(T("2026-06-19T23:59:59.9999999+01:00"), sla.Compute(CountryCode.GB, T("2026-06-15T13:00:00Z")));
        Assert.Equal(T("2026-06-16T23:59:59.9999999+01:00"), sla.Compute(CountryCode.GB, T("2026-06-15T12:00:00Z"), workingDays: 1));
    }

    [Fact]
    public void Unknown_market_is_rejected_listing_known_ones()
    {
        var e = Assert.Throws<ArgumentException>(() => DispatchSla.Default.Compute(CountryCode.Parse("PL"), T("2026-06-15T12:00:00Z")));
        Assert.Contains("'PL'", e.Message, StringComparison.Ordinal);
        Assert.Contains("GB", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_rules_are_rejected() =>
        Assert.Throws<ArgumentException>(() => new DispatchSla([MarketDispatchRule.Create(CountryCode.GB, "Europe/London"), MarketDispatchRule.Create(CountryCode.GB, "Europe/London")]));
}
