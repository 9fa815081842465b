using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using PodConnect.Calendars;
using PodConnect.Domain;
using PodConnect.Sla;

namespace PodConnect.Benchmarks.Calendars;

/// <summary>
/// Working-day arithmetic and deadline computation for a GB order, precomputed calendar vs the naive
/// day-by-day loop. Each operation walks a spread of order instants (weekdays, weekends, Christmas)
/// so neither side benefits from a single hot date.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class DeadlineBenchmarks
{
    private const int Operations = 1024;

    private readonly DateOnly[] _days = new DateOnly[Operations];
    private readonly DateTimeOffset[] _instants = new DateTimeOffset[Operations];
    private WorkingCalendar _calendar = null!;
    private MarketDispatchRule _rule = null!;
    private NaiveDeadlines _naive = null!;

    [GlobalSetup]
    public void Setup()
    {
        _calendar = WorkingCalendars.For(CountryCode.GB);
        _rule = DispatchSla.Default.RuleFor(CountryCode.GB);
        _naive = new NaiveDeadlines(CountryCode.GB, "Europe/London");
        var random = new Random(42);
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < Operations; i++)
        {
            _instants[i] = start.AddMinutes(random.Next(0, 365 * 24 * 60));
            _days[i] = DateOnly.FromDateTime(_instants[i].UtcDateTime);
        }

        // A speed comparison means nothing if the two disagree; refuse to run when they do.
        for (var i = 0; i < Operations; i++)
        {
            if (_naive.AddWorkingDays(_days[i], 2) != _calendar.AddWorkingDays(_days[i], 2) ||
                _naive.AddWorkingDays(_days[i], 20) != _calendar.AddWorkingDays(_days[i], 20) ||
                _naive.Deadline(_instants[i], 2) != _rule.DeadlineFor(_instants[i]))
            {
                throw new InvalidOperationException($"Naive and precomputed deadlines differ for {_instants[i]:O}.");
            }
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Operations)]
    [BenchmarkCategory("AddWorkingDays")]
    public int AddWorkingDays_Naive()
    {
        var sum = 0;
        foreach (var day in _days)
        {
            sum += _naive.AddWorkingDays(day, 2).DayNumber;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Operations)]
    [BenchmarkCategory("AddWorkingDays")]
    public int AddWorkingDays_Precomputed()
    {
        var sum = 0;
        foreach (var day in _days)
        {
            sum += _calendar.AddWorkingDays(day, 2).DayNumber;
        }

        return sum;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Operations)]
    [BenchmarkCategory("AddWorkingDays20")]
    public int AddWorkingDays20_Naive()
    {
        var sum = 0;
        foreach (var day in _days)
        {
            sum += _naive.AddWorkingDays(day, 20).DayNumber;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Operations)]
    [BenchmarkCategory("AddWorkingDays20")]
    public int AddWorkingDays20_Precomputed()
    {
        var sum = 0;
        foreach (var day in _days)
        {
            sum += _calendar.AddWorkingDays(day, 20).DayNumber;
        }

        return sum;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Operations)]
    [BenchmarkCategory("Deadline")]
    public long Deadline_Naive()
    {
        long sum = 0;
        foreach (var instant in _instants)
        {
            sum += _naive.Deadline(instant, 2).UtcTicks;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Operations)]
    [BenchmarkCategory("Deadline")]
    public long Deadline_Precomputed()
    {
        long sum = 0;
        foreach (var instant in _instants)
        {
            sum += _rule.DeadlineFor(instant).UtcTicks;
        }

        return sum;
    }
}
