using System.Text;
using PodConnect.Cli.Commands;
using PodConnect.Cli.Simulation;
using PodConnect.Testing.Fuzzing;

namespace PodConnect.Cli.Tests;

/// <summary>
/// The CLI's input files are whatever a user hands it: every mutation of a valid file must parse or be
/// refused with an <see cref="InvalidDataException"/> naming the file and field (exit code 2), never a
/// raw exception with a stack trace.
/// </summary>
public class InputFileFuzzTests
{
    private const int Cases = 3_000;

    private static readonly byte[] Order = Encoding.UTF8.GetBytes("""
        { "id": "577000000000000001", "createdAt": "2026-11-24T09:00:00Z", "market": "ES", "readyToShipBy": 1795000000,
          "destination": { "country": "ES", "postalCode": "28001", "city": "Madrid", "subdivision": "ES-MD" },
          "items": [ { "sku": "TEE-BLK-M", "kind": "t-shirt", "quantity": 2 }, { "sku": "MUG", "kind": "mug" } ] }
        """);

    private static readonly byte[] Scenario = Encoding.UTF8.GetBytes("""
        { "name": "fuzz", "description": "d", "network": "builtin:europe", "capacity": { "scale": 0.1, "facilities": { "gelato-de-berlin": 50 } },
          "start": "2026-11-02T00:00:00Z", "horizonDays": 3, "seed": 1, "threshold": 0.04, "maxHoldDays": 5,
          "demand": [ { "destination": "DE", "kind": "t-shirt", "ordersPerDay": 10 }, { "destination": "GB", "kind": "mug", "ordersPerDay": 5 } ],
          "spike": { "start": "2026-11-03T18:00:00Z", "peakMultiplier": 4, "rampHours": 2, "halfLifeHours": 12, "destinations": ["DE"] },
          "leadTime": { "slipProbability": 0.1, "maxSlipDays": 2 },
          "policies": [ { "name": "n", "naive": true, "providers": ["gelato"] }, { "name": "p", "prefer": ["speed", "local"], "safetyMarginHours": 6 } ] }
        """);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Any_mutation_of_an_order_file_is_an_order_or_bad_input(int seed)
    {
        var summary = Fuzz.Check(
            new JsonMutator(seed).Mutate(Order, Cases),
            bytes => RouteOrderFile.Parse("order.json", Encoding.UTF8.GetString(bytes)),
            e => e is InvalidDataException);

        Assert.Equal(Cases, summary.Total);
        Assert.True(summary.Parsed > 0 && summary.Rejected > 0, $"parsed {summary.Parsed}, rejected {summary.Rejected}");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Any_mutation_of_a_scenario_file_is_a_scenario_or_bad_input(int seed)
    {
        var folder = Path.GetTempPath();
        var summary = Fuzz.Check(
            new JsonMutator(seed).Mutate(Scenario, Cases),
            bytes => ScenarioReader.Read("scenario.json", Encoding.UTF8.GetString(bytes), folder),
            e => e is InvalidDataException);

        Assert.Equal(Cases, summary.Total);
        Assert.True(summary.Parsed > 0 && summary.Rejected > 0, $"parsed {summary.Parsed}, rejected {summary.Rejected}");
    }
}
