using System.Text;
using PodConnect.Cli.Infrastructure;
using PodConnect.Testing.Fuzzing;

namespace PodConnect.Cli.Tests;

/// <summary>
/// <c>podconnect ldr</c> reads a CSV a user exported from somewhere: every mutation of a valid ledger must
/// end in a figure (exit 0 or 1) or in bad rows reported by line (exit 2), never in an exception. The
/// shared <see cref="JsonMutator"/> needs JSON, so the CSV mutations are generated here, seeded.
/// </summary>
public sealed class LedgerCsvFuzzTests : IDisposable
{
    private const int Cases = 1_500;

    private static readonly string[] ValidRows =
    [
        "order_id,deadline,dispatched_at",
        "576461413038785752,2026-11-20T23:59:59Z,2026-11-20T10:00:00Z",
        "576461413038785753,2026-11-21T23:59:59+01:00,2026-11-22T09:30:00+01:00",
        "576461413038785754,2026-11-22T12:00:00Z,2026-11-22T11:59:59Z",
        "576461413038785752,2026-11-20T23:59:59Z,2026-11-21T08:00:00Z",
    ];

    private static readonly string[] Oddities =
    [
        "", " ", ",", ",,", ",,,", "\"", "\"a,b\"", "\0", "\uFEFF", "\r", "\n", "\t", "\uD800", "\uDFFF", "é",
        "9999-12-31T23:59:59Z", "0001-01-01T00:00:00Z", "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00",
        "2026-02-30T00:00:00Z", "2026-11-20T25:00:00Z", "2026-11-20", "1795000000", "-1", "NaN",
        "2026-11-20T10:00:00+99:00", new string('9', 5_000), new string(',', 300), "order_id",
    ];

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"podconnect-ldr-fuzz-{Guid.NewGuid():N}.csv");

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task Any_mutation_of_a_ledger_is_a_rate_or_bad_rows_by_line(int seed)
    {
        var exits = new int[3];
        var summary = await Fuzz.CheckAsync(
            Mutate(seed, Cases),
            async bytes =>
            {
                await File.WriteAllBytesAsync(_path, bytes);
                var (exit, output, error) = await CliRunner.RunAsync("ldr", "--ledger", _path, "--at", "2026-11-24T12:00:00Z", "--json");
                Assert.InRange(exit, ExitCodes.Ok, ExitCodes.BadInput);
                Assert.True(exit != ExitCodes.BadInput || error.Contains("line ", StringComparison.Ordinal) || error.Contains("error:", StringComparison.Ordinal), error);
                Assert.True(exit == ExitCodes.BadInput || output.Contains("\"ldr\"", StringComparison.Ordinal), output);
                exits[exit]++;
            },
            _ => false);

        Assert.Equal(Cases, summary.Total);
        Assert.True(exits[ExitCodes.Ok] > 0 && exits[ExitCodes.BadInput] > 0, $"ok {exits[0]}, findings {exits[1]}, bad input {exits[2]}");
    }

    public void Dispose() => File.Delete(_path);

    /// <summary>Seeded variants of the valid ledger: rows dropped, duplicated, swapped and truncated; fields emptied, swapped or replaced by oddities; bytes flipped; invalid UTF-8.</summary>
    private static IEnumerable<FuzzCase> Mutate(int seed, int count)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var rows = ValidRows.Select(r => r.Split(',').ToList()).ToList();
            var applied = new List<string>();
            for (var m = random.Next(1, 4); m > 0; m--)
            {
                var row = rows.Count == 0 ? null : rows[random.Next(rows.Count)];
                switch (random.Next(7))
                {
                    case 0 when row is not null:
                        row[random.Next(row.Count)] = Oddities[random.Next(Oddities.Length)];
                        applied.Add("odd field");
                        break;
                    case 1 when row is not null:
                        row.Insert(random.Next(row.Count + 1), Oddities[random.Next(Oddities.Length)]);
                        applied.Add("extra field");
                        break;
                    case 2 when row is not null && row.Count > 0:
                        row.RemoveAt(random.Next(row.Count));
                        applied.Add("missing field");
                        break;
                    case 3 when row is not null && row.Count > 1:
                        (row[0], row[^1]) = (row[^1], row[0]);
                        applied.Add("swapped fields");
                        break;
                    case 4 when row is not null:
                        rows.Insert(random.Next(rows.Count + 1), [.. row]);
                        applied.Add("duplicated row");
                        break;
                    default:
                        if (rows.Count > 0)
                        {
                            rows.RemoveAt(random.Next(rows.Count));
                        }

                        applied.Add("dropped row");
                        break;
                }
            }

            var newline = random.Next(3) switch { 0 => "\n", 1 => "\r\n", _ => "\r" };
            var bytes = Encoding.UTF8.GetBytes(string.Join(newline, rows.Select(r => string.Join(',', r))));
            if (bytes.Length > 0 && random.Next(4) == 0)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                applied.Add("flipped byte");
            }

            if (bytes.Length > 0 && random.Next(6) == 0)
            {
                bytes = bytes[..random.Next(bytes.Length)];
                applied.Add("truncated");
            }

            yield return new FuzzCase(i, string.Join(", ", applied), bytes);
        }
    }
}
