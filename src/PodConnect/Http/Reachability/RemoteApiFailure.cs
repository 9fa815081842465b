namespace PodConnect.Http.Reachability;

/// <summary>Why the last call to a remote API counted as a failure (<see cref="RemoteApiStatus.LastFailure"/>).</summary>
public enum RemoteApiFailure
{
    /// <summary>No failure recorded.</summary>
    None = 0,

    /// <summary>The API answered 5xx.</summary>
    ServerError = 1,

    /// <summary>The API answered 429: it is up but refuses this app's rate.</summary>
    Throttled = 2,

    /// <summary>The API answered 401 or 403: it is up but refuses this app's credentials.</summary>
    Unauthorized = 3,

    /// <summary>No answer within the pipeline's timeout, or 408.</summary>
    Timeout = 4,

    /// <summary>The connection failed or was dropped (DNS, refused, reset).</summary>
    ConnectionFailed = 5,
}
