namespace PodConnect.Providers;

/// <summary>
/// The one rule every provider mapping applies to names, address lines, city, postcode and phone:
/// a required value must be present; a value longer than the provider's documented limit wraps onto
/// the provider's next line where it has one (street lines), and is otherwise refused with an
/// <see cref="OrderFieldException"/> naming the field. Values are never cut silently.
/// </summary>
public static class OrderFields
{
    /// <summary>Returns the trimmed value, or throws when it is missing or blank.</summary>
    /// <exception cref="OrderFieldException">The value is missing.</exception>
    public static string Required(string provider, string field, string? value) =>
        string.IsNullOrWhiteSpace(value) ? throw new OrderFieldException(provider, field, "is required") : value.Trim();

    /// <summary>Returns the trimmed value (or <see langword="null"/> when blank), or throws when it is longer than <paramref name="maxLength"/>.</summary>
    /// <exception cref="OrderFieldException">The value is too long.</exception>
    public static string? Limit(string provider, string field, string? value, int? maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        return maxLength is { } max && trimmed.Length > max
            ? throw new OrderFieldException(provider, field, $"is {trimmed.Length} characters long; the provider accepts at most {max}")
            : trimmed;
    }

    /// <summary>
    /// Fits street lines into the provider's line fields (<paramref name="fields"/>, first to last, e.g.
    /// <c>line1</c>, <c>line2</c>). Lines beyond the provider's count are joined onto its last line with
    /// <c>", "</c>; when a line is longer than <paramref name="maxLength"/>, its words wrap onto the next
    /// line. The first line is required.
    /// </summary>
    /// <returns>One value per field; <see langword="null"/> for a field left empty.</returns>
    /// <exception cref="OrderFieldException">The first line is missing, or the text does not fit in the provider's lines.</exception>
    public static IReadOnlyList<string?> FitLines(string provider, IReadOnlyList<string> lines, IReadOnlyList<string> fields, int? maxLength = null)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentOutOfRangeException.ThrowIfZero(fields.Count);
        var given = lines.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l.Trim()).ToList();
        if (given.Count == 0)
        {
            throw new OrderFieldException(provider, fields[0], "is required");
        }

        var result = new string?[fields.Count];
        if (maxLength is null)
        {
            for (var i = 0; i < fields.Count - 1 && i < given.Count; i++)
            {
                result[i] = given[i];
            }

            if (given.Count >= fields.Count)
            {
                result[^1] = string.Join(", ", given.Skip(fields.Count - 1));
            }

            return result;
        }

        // Each input line starts a new field while one is left, otherwise it continues the last one after
        // ", "; words that do not fit wrap onto the next field.
        var field = 0;
        var current = new System.Text.StringBuilder();
        for (var l = 0; l < given.Count; l++)
        {
            var separator = l == 0 ? string.Empty : ", ";
            if (l > 0 && field < fields.Count - 1)
            {
                Flush();
                separator = string.Empty;
            }

            foreach (var word in given[l].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (word.Length > maxLength)
                {
                    throw new OrderFieldException(provider, fields[field], $"has a word of {word.Length} characters; the provider accepts at most {maxLength} per line");
                }

                var gap = current.Length == 0 ? string.Empty : separator.Length > 0 ? separator : " ";
                if (current.Length + gap.Length + word.Length > maxLength)
                {
                    Flush();
                    gap = string.Empty;
                }

                current.Append(gap).Append(word);
                separator = string.Empty;
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

            if (field >= fields.Count)
            {
                throw new OrderFieldException(provider, fields[^1], $"cannot hold the rest of the street address: the provider has {fields.Count} lines of at most {maxLength} characters");
            }

            result[field++] = current.ToString();
            current.Clear();
        }
    }
}
