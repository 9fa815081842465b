using PodConnect.Errors;

namespace PodConnect.Stores;

/// <summary>
/// A shared store (e.g. Redis) could not be reached or did not answer in time. Nothing was decided: a
/// lease was not granted, a key was not marked. The loop treats it as "try this order again later" and
/// never takes an irreversible step without the store's answer. Carries the store's name, never a
/// connection string or password.
/// </summary>
public class StoreUnavailableException : PodConnectException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="store">Which store failed, e.g. <c>redis</c>.</param>
    /// <param name="operation">What it was asked to do, e.g. <c>lease</c>.</param>
    /// <param name="innerException">The client library's error.</param>
    public StoreUnavailableException(string store, string operation, Exception? innerException = null)
        : base($"The shared store '{store}' is unavailable ({operation}); the step is retried when it answers again.", new RemoteErrorDetails(Service: store), innerException)
    {
        Operation = operation;
    }

    /// <summary>The operation that could not be completed, e.g. <c>lease</c>, <c>reserve</c>, <c>dedup</c>.</summary>
    public string Operation { get; }
}
