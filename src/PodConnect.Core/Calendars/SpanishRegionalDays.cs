namespace PodConnect.Calendars;

/// <summary>
/// Regional holidays that Catalonia and Madrid have kept for many years. Spanish regions may swap
/// "substitutable" days every year (the BOE publishes the calendar), so these are a default that
/// users should check against the year's official calendar and override where it differs.
/// </summary>
internal static class SpanishRegionalDays
{
    public static IEnumerable<DateOnly> Catalonia(int year)
    {
        yield return EasterSunday(year).AddDays(1); // Dilluns de Pasqua
        yield return new DateOnly(year, 6, 24);     // Sant Joan
        yield return new DateOnly(year, 9, 11);     // Diada Nacional de Catalunya
        yield return new DateOnly(year, 12, 26);    // Sant Esteve
    }

    public static IEnumerable<DateOnly> Madrid(int year)
    {
        yield return EasterSunday(year).AddDays(-3); // Jueves Santo
        yield return new DateOnly(year, 5, 2);       // Fiesta de la Comunidad de Madrid
    }

    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    internal static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
