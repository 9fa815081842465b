namespace PodConnect.Testing.Time;

/// <summary>A timer (or delay) created on an <see cref="ObservableFakeTimeProvider"/>.</summary>
/// <param name="Index">Its place in creation order, from 0.</param>
/// <param name="DueTime">How long after its creation it fires.</param>
public readonly record struct CreatedTimer(int Index, TimeSpan DueTime);
