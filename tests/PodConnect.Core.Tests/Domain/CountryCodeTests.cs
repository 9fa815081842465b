using PodConnect.Domain;

namespace PodConnect.Core.Tests.Domain;

public class CountryCodeTests
{
    [Theory]
    [InlineData("GB", "GB")]
    [InlineData("gb", "GB")]
    [InlineData("UK", "GB")]
    [InlineData("uk", "GB")]
    [InlineData(" de ", "DE")]
    public void Parse_normalizes(string input, string expected) => Assert.Equal(expected, CountryCode.Parse(input).Value);

    [Theory]
    [InlineData("XX")]
    [InlineData("G")]
    [InlineData("GBR")]
    [InlineData("")]
    [InlineData("1A")]
    public void Parse_rejects_unknown_codes_naming_the_value(string input)
    {
        var e = Assert.Throws<ArgumentException>(() => CountryCode.Parse(input));
        Assert.Contains($"'{input}'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UK_alias_equals_GB() => Assert.Equal(CountryCode.GB, CountryCode.Parse("UK"));

    [Fact]
    public void Default_is_flagged_and_Value_throws()
    {
        var code = default(CountryCode);
        Assert.True(code.IsDefault);
        Assert.Throws<InvalidOperationException>(() => code.Value);
    }
}
