using PodConnect.Cli.Infrastructure;
using PodConnect.Dispatch;

namespace PodConnect.Cli.Commands;

/// <summary>Reads <c>order_id,deadline,dispatched_at</c> rows; every bad row is reported with its line number.</summary>
internal static class DispatchLedgerCsv
{
    public const string Header = "order_id,deadline,dispatched_at";

    public sealed record Result(IReadOnlyList<DispatchRecord> Records, IReadOnlyList<string> Errors);

    public static async Task<Result> ReadAsync(TextReader reader, CancellationToken cancellationToken)
    {
        var records = new List<DispatchRecord>();
        var errors = new List<string>();
        var lineNumber = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line) || (lineNumber == 1 && line.Trim().StartsWith("order_id", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var fields = line.Split(',');
            if (fields.Length != 3)
            {
                errors.Add($"line {lineNumber}: expected 3 fields ({Header}), found {fields.Length}");
                continue;
            }

            var id = fields[0].Trim();
            if (id.Length == 0)
            {
                errors.Add($"line {lineNumber}: order_id is empty");
                continue;
            }

            if (!Instants.TryParse(fields[1].Trim(), out var deadline))
            {
                errors.Add($"line {lineNumber}: deadline '{fields[1].Trim()}' is not an ISO 8601 instant with an offset");
                continue;
            }

            if (!Instants.TryParse(fields[2].Trim(), out var dispatchedAt))
            {
                errors.Add($"line {lineNumber}: dispatched_at '{fields[2].Trim()}' is not an ISO 8601 instant with an offset");
                continue;
            }

            records.Add(new DispatchRecord(id, deadline, dispatchedAt));
        }

        return new Result(records, errors);
    }
}
