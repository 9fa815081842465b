using Microsoft.Extensions.Logging;

namespace PodConnect.Gelato.Tests;

/// <summary>Collects log entries (event id, level, formatted message) for assertions.</summary>
internal sealed class ListLogger<T> : ILogger<T>
{
    private readonly Lock _gate = new();
    private readonly List<(EventId Id, LogLevel Level, string Message)> _entries = [];

    public IReadOnlyList<(EventId Id, LogLevel Level, string Message)> Entries
    {
        get
        {
            lock (_gate)
            {
                return [.. _entries];
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (_gate)
        {
            _entries.Add((eventId, logLevel, formatter(state, exception)));
        }
    }
}
