using System.Globalization;

namespace PodConnect.Cli.Demo;

/// <summary>Where the run stands after a pass.</summary>
internal readonly record struct DemoSnapshot(DateTimeOffset SimulatedNow, int Arrived, int Orders, int Placed, int Shipped, int Surfaced, int Requests);

/// <summary>
/// Progress on stderr: on a terminal one line rewritten in place after every pass; when stderr is
/// redirected (a log, CI) a plain line every six simulated hours, so a log stays readable.
/// </summary>
internal sealed class DemoProgress(TextWriter error, bool terminal)
{
    private static readonly TimeSpan LogEvery = TimeSpan.FromHours(6);
    private DateTimeOffset _nextLine = DateTimeOffset.MinValue;
    private int _width;

    public void Report(DemoSnapshot s)
    {
        var line = Format(s);
        if (terminal)
        {
            // Pad over the previous line's tail; \r returns to the line's start.
            error.Write("\r" + line.PadRight(_width));
            _width = line.Length;
            error.Flush();
        }
        else if (s.SimulatedNow >= _nextLine)
        {
            error.WriteLine(line);
            _nextLine = s.SimulatedNow + LogEvery;
        }
    }

    public void Complete(DemoSnapshot s)
    {
        var line = Format(s);
        error.WriteLine(terminal ? "\r" + line.PadRight(_width) : line);
    }

    private static string Format(DemoSnapshot s) => string.Create(
        CultureInfo.InvariantCulture,
        $"demo: {s.SimulatedNow:ddd dd MMM HH:mm} UTC  arrived {s.Arrived}/{s.Orders}  placed {s.Placed}  shipped {s.Shipped}  surfaced {s.Surfaced}  HTTP calls {s.Requests}");
}
