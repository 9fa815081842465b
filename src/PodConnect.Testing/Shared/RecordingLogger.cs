using Microsoft.Extensions.Logging;

namespace PodConnect.Testing.Common;

/// <summary>
/// A logger that keeps every entry (event id, level, formatted message) for assertions, e.g. that a
/// secret or a buyer's name never reaches the logs. Thread-safe.
/// </summary>
/// <typeparam name="T">The category.</typeparam>
public sealed class RecordingLogger<T> : ILogger<T>
{
    private readonly Lock _gate = new();
    private readonly List<(EventId Id, LogLevel Level, string Message)> _entries = [];

    /// <summary>The entries so far, oldest first.</summary>
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

    /// <inheritdoc />
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    /// <inheritdoc />
    public bool IsEnabled(LogLevel logLevel) => true;

    /// <inheritdoc />
    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        lock (_gate)
        {
            _entries.Add((eventId, logLevel, formatter(state, exception)));
        }
    }
}
