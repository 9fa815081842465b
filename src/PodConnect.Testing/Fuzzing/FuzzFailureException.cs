namespace PodConnect.Testing.Fuzzing;

/// <summary>A fuzz run found inputs that ended in an untyped exception or a hang; the message lists them.</summary>
public sealed class FuzzFailureException : Exception
{
    /// <summary>Creates the exception.</summary>
    public FuzzFailureException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public FuzzFailureException()
    {
    }

    /// <summary>Creates the exception.</summary>
    public FuzzFailureException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
