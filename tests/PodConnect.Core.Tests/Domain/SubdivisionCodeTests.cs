using PodConnect.Domain;

namespace PodConnect.Core.Tests.Domain;

public class SubdivisionCodeTests
{
    [Theory]
    [InlineData("GB-SCT", "GB", "SCT")]
    [InlineData("uk-sct", "GB", "SCT")]
    [InlineData("de-by", "DE", "BY")]
    [InlineData("FR-6AE", "FR", "6AE")]
    public void Parse_splits_country_and_local_part(string input, string country, string local)
    {
        var code = SubdivisionCode.Parse(input);
        Assert.Equal(country, code.Country.Value);
        Assert.Equal(local, code.Local);
        Assert.Equal($"{country}-{local}", code.Value);
    }

    [Theory]
    [InlineData("GBSCT")]
    [InlineData("XX-ABC")]
    [InlineData("GB-")]
    [InlineData("GB-TOOLONG")]
    [InlineData("GB-S_T")]
    public void Parse_rejects_malformed_codes(string input)
    {
        var e = Assert.Throws<ArgumentException>(() => SubdivisionCode.Parse(input));
        Assert.Contains(input, e.Message, StringComparison.Ordinal);
    }
}
