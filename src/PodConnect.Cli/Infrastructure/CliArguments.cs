using System.Globalization;

namespace PodConnect.Cli.Infrastructure;

/// <summary>
/// Parsed <c>--name value</c> options and <c>--flag</c> switches of one command. Unknown options
/// are an error, so a typo never silently falls back to a default.
/// </summary>
internal sealed class CliArguments
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    private CliArguments()
    {
    }

    public static CliArguments Parse(IReadOnlyList<string> args, IReadOnlySet<string> flags)
    {
        var parsed = new CliArguments();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg.Length == 2)
            {
                throw new CliUsageException($"Unexpected argument '{arg}'. Options look like --name value.");
            }

            var name = arg[2..];
            string? value = null;
            var eq = name.IndexOf('=', StringComparison.Ordinal);
            if (eq >= 0)
            {
                value = name[(eq + 1)..];
                name = name[..eq];
            }
            else if (!flags.Contains(name))
            {
                if (i + 1 >= args.Count)
                {
                    throw new CliUsageException($"Option --{name} needs a value.");
                }

                value = args[++i];
            }

            if (!parsed._values.TryAdd(name, value))
            {
                throw new CliUsageException($"Option --{name} is given twice.");
            }
        }

        return parsed;
    }

    public bool Flag(string name)
    {
        _read.Add(name);
        return _values.ContainsKey(name);
    }

    public string? Optional(string name)
    {
        _read.Add(name);
        return _values.TryGetValue(name, out var v) ? v : null;
    }

    public string Required(string name) =>
        Optional(name) ?? throw new CliUsageException($"Option --{name} is required.");

    public int OptionalInt(string name, int fallback) =>
        OptionalParsed(name, fallback, "a whole number", static t => int.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null);

    public double OptionalDouble(string name, double fallback) =>
        OptionalParsed(name, fallback, "a number", static t => double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null);

    public DateTimeOffset? OptionalInstant(string name) =>
        Optional(name) is null
            ? null
            : OptionalParsed<DateTimeOffset>(name, default, "an ISO 8601 instant with an offset, such as 2026-12-24T15:00:00Z", static t => Instants.TryParse(t, out var v) ? v : null);

    /// <summary>Call after reading every option: rejects the ones the command does not know.</summary>
    public void RejectUnknown()
    {
        var unknown = _values.Keys.Where(k => !_read.Contains(k)).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new CliUsageException($"Unknown option(s): {string.Join(", ", unknown.Select(u => "--" + u))}.");
        }
    }

    private T OptionalParsed<T>(string name, T fallback, string expected, Func<string, T?> parse)
        where T : struct
    {
        var text = Optional(name);
        if (text is null)
        {
            return fallback;
        }

        return parse(text) ?? throw new CliUsageException($"Option --{name} must be {expected}, not '{text}'.");
    }
}
