using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using PodConnect.Domain;

namespace PodConnect.Cli.Infrastructure;

/// <summary>
/// Option factories shared by the commands. Each parses and checks its value while the command line
/// is parsed, so a bad value is a parse error (exit 2) whose message names the option and shows a
/// good value, before any work starts.
/// </summary>
internal static class CliOptions
{
    private delegate bool TryParse<T>(string text, out T value);

    public static Option<bool> Json() => new("--json") { Description = "Machine-readable output (one JSON document on stdout)" };

    public static Option<DateTimeOffset?> Instant(string name, string description, bool required = false) =>
        Parsed<DateTimeOffset>(name, description, "instant", required, Instants.TryParse, "an ISO 8601 instant with an offset, such as 2026-12-24T15:00:00Z");

    public static Option<CountryCode?> Country(string name, string description, bool required = false) =>
        Parsed<CountryCode>(name, description, "country", required, static (string t, out CountryCode c) => CountryCode.TryParse(t, out c), "an ISO 3166-1 alpha-2 country code such as GB or DE");

    public static Option<int?> WholeNumber(string name, string description, int min, int max, string helpName = "n") =>
        Checked<int>(
            name,
            description,
            helpName,
            static (string t, out int v) => int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out v),
            v => v >= min && v <= max,
            string.Create(CultureInfo.InvariantCulture, $"a whole number from {min} to {max}"));

    public static Option<double?> Fraction(string name, string description) =>
        Checked<double>(
            name,
            description,
            "fraction",
            static (string t, out double v) => double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out v),
            static v => v is >= 0 and < 1,
            "a fraction in [0, 1), such as 0.04 for 4%");

    /// <summary>A fraction from 0 to <paramref name="max"/> inclusive, written as a decimal (0.1 for 10%).</summary>
    public static Option<double?> Fraction(string name, string description, double max) =>
        Checked<double>(
            name,
            description,
            "rate",
            static (string t, out double v) => double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out v),
            v => v >= 0 && v <= max,
            string.Create(CultureInfo.InvariantCulture, $"a fraction from 0 to {max}, such as 0.1 for 10%"));

    /// <summary>A path to a file that must exist when the command runs.</summary>
    public static Option<string> ExistingFile(string name, string description, string helpName, bool required = false)
    {
        var option = new Option<string>(name) { Description = description, HelpName = helpName, Required = required };
        option.Validators.Add(result =>
        {
            var path = result.GetValueOrDefault<string>();
            if (path is not null && !File.Exists(path))
            {
                result.AddError($"{name}: file '{path}' does not exist.");
            }
        });
        return option;
    }

    /// <summary>A path the command will write; its folder must exist.</summary>
    public static Option<string> OutputFile(string name, string description, string helpName)
    {
        var option = new Option<string>(name) { Description = description, HelpName = helpName };
        option.Validators.Add(result =>
        {
            var path = result.GetValueOrDefault<string>();
            var folder = path is null ? null : Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder is not null && !Directory.Exists(folder))
            {
                result.AddError($"{name}: folder '{folder}' does not exist; create it or choose another path.");
            }
        });
        return option;
    }

    private static Option<T?> Checked<T>(string name, string description, string helpName, TryParse<T> tryParse, Func<T, bool> inRange, string expected)
        where T : struct =>
        Parsed(name, description, helpName, false, (string t, out T v) => tryParse(t, out v) && inRange(v), expected);

    private static Option<T?> Parsed<T>(string name, string description, string helpName, bool required, TryParse<T> tryParse, string expected)
        where T : struct =>
        new(name)
        {
            Description = description,
            HelpName = helpName,
            Required = required,
            CustomParser = result => Parse(result, name, tryParse, expected),
        };

    private static T? Parse<T>(ArgumentResult result, string name, TryParse<T> tryParse, string expected)
        where T : struct
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (tryParse(text, out var value))
        {
            return value;
        }

        result.AddError($"{name} must be {expected}, not '{text}'.");
        return null;
    }
}
