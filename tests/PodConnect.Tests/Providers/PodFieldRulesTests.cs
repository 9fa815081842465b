using PodConnect.Providers;

namespace PodConnect.Tests.Providers;

public sealed class PodFieldRulesTests
{
    private static readonly string[] Lines2 = ["line1", "line2"];

    [Fact]
    public void Lines_that_fit_keep_their_layout_and_the_surplus_joins_the_last_field()
    {
        Assert.Equal(["1 High St", "Flat 2, Back Door"], PodFieldRules.Wrap("p", Lines2, ["1 High St", "Flat 2", "Back Door"], 35));
        Assert.Equal(["1 High St", null], PodFieldRules.Wrap("p", Lines2, ["1 High St", " "], 35));
    }

    [Fact]
    public void Text_too_long_for_a_field_wraps_at_words_and_splits_a_word_longer_than_a_field()
    {
        Assert.Equal(["aaaa bbbb", "cccc"], PodFieldRules.Wrap("p", Lines2, ["aaaa bbbb cccc"], 9));
        Assert.Equal(["abcdefghi", "jk"], PodFieldRules.Wrap("p", Lines2, ["abcdefghijk"], 9));
    }

    [Fact]
    public void Text_that_does_not_fit_in_every_field_names_the_last_field()
    {
        var error = Assert.Throws<PodFieldLimitException>(() => PodFieldRules.Wrap("p", Lines2, ["aaaa bbbb cccc dddd eeee"], 9));

        Assert.Equal("line2", error.Field);
        Assert.Equal(9, error.MaxLength);
    }

    [Fact]
    public void Fit_and_required_refuse_with_the_field_never_the_value()
    {
        Assert.Equal("ok", PodFieldRules.Fit("p", "city", " ok ", 5));
        Assert.Null(PodFieldRules.Fit("p", "city", null, 5));
        var tooLong = Assert.Throws<PodFieldLimitException>(() => PodFieldRules.Fit("p", "city", "secret-city", 5));
        var missing = Assert.Throws<PodFieldLimitException>(() => PodFieldRules.Required("p", "recipient.city", " "));

        Assert.Equal(("city", 5, 11), (tooLong.Field, tooLong.MaxLength, tooLong.ActualLength));
        Assert.DoesNotContain("secret", tooLong.Message, StringComparison.Ordinal);
        Assert.Null(missing.MaxLength);
        Assert.Contains("recipient.city", missing.Message, StringComparison.Ordinal);
    }
}
