using PodConnect.Calendars;

namespace PodConnect.Core.Tests.Calendars;

public class TimeZonesTests
{
    [Theory]
    [InlineData("Europe")]          // a folder under zoneinfo: the system lookup throws an I/O error, not "not found"
    [InlineData("Europe/")]
    [InlineData("../../etc/passwd")]
    [InlineData("/etc/localtime")]
    [InlineData("Europe/../Europe/London")]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("Europe\0London")]
    [InlineData("Europe/London/Extra/Deep")]
    public void A_bad_zone_name_is_an_argument_error_naming_it(string id)
    {
        Assert.False(TimeZones.TryFind(id, out _));
        var error = Assert.Throws<ArgumentException>(() => TimeZones.Find(id));
        Assert.Contains("IANA id", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Europe/London")]
    [InlineData("Europe/Berlin")]
    [InlineData("America/Argentina/Buenos_Aires")]
    [InlineData("UTC")]
    [InlineData("Etc/GMT+1")]
    public void Real_zones_are_found(string id) => Assert.Equal(id, TimeZones.Find(id).Id);
}
