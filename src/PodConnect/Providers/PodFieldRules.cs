namespace PodConnect.Providers;

/// <summary>
/// The one rule every provider mapping applies to a provider's documented field limits, so that the
/// provider never refuses an order in the middle of a spike:
/// <list type="number">
/// <item>Text that may continue on a next line (address lines) is <b>wrapped</b> onto it, at word
/// boundaries where possible (<see cref="Wrap"/>).</item>
/// <item>Text with no next line (names, city, postcode, phone) that is too long, and a required field that
/// is missing, is <b>refused</b> with a <see cref="PodFieldLimitException"/> naming the provider's field
/// (<see cref="Fit"/>, <see cref="Required"/>) — never silently cut, since a cut postcode or phone
/// misdelivers.</item>
/// </list>
/// </summary>
public static class PodFieldRules
{
    /// <summary>Returns <paramref name="value"/> (trimmed) when it fits in <paramref name="maxLength"/>; otherwise throws.</summary>
    /// <param name="provider">The provider's short name.</param>
    /// <param name="field">The provider's field, e.g. <c>shippingAddress.city</c>.</param>
    /// <param name="value">The value; <see langword="null"/> passes through.</param>
    /// <param name="maxLength">The longest value the provider accepts.</param>
    /// <exception cref="PodFieldLimitException">The value is longer.</exception>
    public static string? Fit(string provider, string field, string? value, int maxLength)
    {
        var trimmed = value?.Trim();
        return trimmed is { Length: var length } && length > maxLength
            ? throw new PodFieldLimitException(provider, field, maxLength, length)
            : trimmed;
    }

    /// <summary>Returns <paramref name="value"/> (trimmed) when it has text; otherwise throws.</summary>
    /// <param name="provider">The provider's short name.</param>
    /// <param name="field">The provider's field.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="PodFieldLimitException">The value is missing or blank.</exception>
    public static string Required(string provider, string field, string? value) =>
        string.IsNullOrWhiteSpace(value) ? throw new PodFieldLimitException(provider, field, null, 0) : value.Trim();

    /// <summary>
    /// Lays <paramref name="lines"/> (the hub's address lines, in order) onto the provider's
    /// <paramref name="fields"/> (e.g. <c>addressLine1</c>, <c>addressLine2</c>) of at most
    /// <paramref name="maxLength"/> characters each. When every line fits, the layout is the plain one:
    /// one line per field, the surplus joined with <c>", "</c> into the last field. Otherwise the text is
    /// word-wrapped across the fields (a word longer than a field is split). Unused fields are
    /// <see langword="null"/>.
    /// </summary>
    /// <param name="provider">The provider's short name.</param>
    /// <param name="fields">The provider's line fields, first to last.</param>
    /// <param name="lines">The lines to lay out; blank ones are skipped.</param>
    /// <param name="maxLength">The longest value each field accepts.</param>
    /// <exception cref="PodFieldLimitException">The text does not fit in all the fields; names the last one.</exception>
    public static IReadOnlyList<string?> Wrap(string provider, IReadOnlyList<string> fields, IEnumerable<string> lines, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentOutOfRangeException.ThrowIfLessThan(fields.Count, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 1);
        var given = lines.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l.Trim()).ToList();
        var result = new string?[fields.Count];

        // The plain layout, when it fits.
        for (var i = 0; i < given.Count && i < fields.Count; i++)
        {
            result[i] = i == fields.Count - 1 ? string.Join(", ", given.Skip(i)) : given[i];
        }

        if (result.All(r => r is null || r.Length <= maxLength))
        {
            return result;
        }

        // Word-wrap the whole text across the fields.
        Array.Clear(result);
        var slot = 0;
        var current = new System.Text.StringBuilder();
        var words = string.Join(", ", given).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var word in words)
        {
            var rest = word.AsSpan();
            while (rest.Length > 0)
            {
                var separator = current.Length == 0 ? 0 : 1;
                if (current.Length + separator + rest.Length <= maxLength)
                {
                    current.Append(separator == 1 ? " " : string.Empty).Append(rest);
                    rest = [];
                }
                else if (current.Length == 0)
                {
                    current.Append(rest[..maxLength]); // a word longer than a whole field
                    rest = rest[maxLength..];
                }
                else
                {
                    Flush();
                }
            }
        }

        Flush();
        return result;

        void Flush()
        {
            if (current.Length == 0)
            {
                return;
            }

            if (slot == fields.Count)
            {
                var total = string.Join(", ", given).Length;
                throw new PodFieldLimitException(provider, fields[^1], maxLength, total);
            }

            result[slot++] = current.ToString();
            current.Clear();
        }
    }
}
