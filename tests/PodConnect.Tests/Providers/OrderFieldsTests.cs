using PodConnect.Providers;

namespace PodConnect.Tests.Providers;

public class OrderFieldsTests
{
    private static readonly string[] TwoLines = ["line1", "line2"];

    [Fact]
    public void Lines_beyond_the_providers_count_join_its_last_line()
    {
        Assert.Equal(["1 George Square", "Flat 2, Merchant City"], OrderFields.FitLines("p", ["1 George Square", "Flat 2", "Merchant City"], TwoLines));
        Assert.Equal(["1 George Square", null], OrderFields.FitLines("p", ["1 George Square", "  "], TwoLines));
    }

    [Fact]
    public void A_line_longer_than_the_limit_wraps_whole_words_onto_the_next_line()
    {
        var lines = OrderFields.FitLines("p", ["Flat 2, 1 George Square Gardens"], TwoLines, maxLength: 20);
        Assert.Equal(["Flat 2, 1 George", "Square Gardens"], lines);
        Assert.All(lines, l => Assert.True(l!.Length <= 20));
    }

    [Fact]
    public void Text_that_does_not_fit_the_providers_lines_is_refused_naming_the_last_field()
    {
        var e = Assert.Throws<OrderFieldException>(() => OrderFields.FitLines("gelato", ["Flat 2, 1 George Square Gardens", "Merchant City Glasgow"], TwoLines, maxLength: 16));
        Assert.Equal("line2", e.Field);
        Assert.Equal("gelato", e.Service);
        Assert.DoesNotContain("George", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_longer_than_a_line_is_refused()
    {
        Assert.Equal("line1", Assert.Throws<OrderFieldException>(() => OrderFields.FitLines("p", ["Llanfairpwllgwyngyll"], TwoLines, maxLength: 10)).Field);
    }

    [Fact]
    public void No_street_line_is_refused_naming_the_first_field()
    {
        Assert.Equal("line1", Assert.Throws<OrderFieldException>(() => OrderFields.FitLines("p", [], TwoLines)).Field);
    }

    [Fact]
    public void Required_and_limited_values_name_the_field_and_never_the_value()
    {
        Assert.Equal("G1 1AA", OrderFields.Required("p", "zip", " G1 1AA "));
        Assert.Equal("zip", Assert.Throws<OrderFieldException>(() => OrderFields.Required("p", "zip", " ")).Field);
        Assert.Null(OrderFields.Limit("p", "phone", "", 5));
        var e = Assert.Throws<OrderFieldException>(() => OrderFields.Limit("p", "phone", "+44 7700 900000", 5));
        Assert.Equal("phone", e.Field);
        Assert.DoesNotContain("7700", e.Message, StringComparison.Ordinal);
    }
}
