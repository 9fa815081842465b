namespace PodConnect.Http.Reachability;

/// <summary>What PodConnect's calls to one remote API have seen lately (<see cref="RemoteApiMonitor.GetStatus"/>). Instants and counts only.</summary>
/// <param name="Api">The API's name: <c>tiktokshop</c>, <c>gelato</c>, … (its resilience pipeline's name without <c>podconnect-</c>).</param>
/// <param name="LastSuccessAt">When a call last got an answer that shows the API serving this app; <see langword="null"/> if none yet.</param>
/// <param name="LastFailureAt">When a call last failed; <see langword="null"/> if none yet.</param>
/// <param name="FailingSince">When the current run of failures began (the first failure after the last success); <see langword="null"/> while the last call succeeded.</param>
/// <param name="ConsecutiveFailures">Calls that failed since the last success.</param>
/// <param name="LastFailure">Why the last failure failed.</param>
public readonly record struct RemoteApiStatus(
    string Api,
    DateTimeOffset? LastSuccessAt,
    DateTimeOffset? LastFailureAt,
    DateTimeOffset? FailingSince,
    int ConsecutiveFailures,
    RemoteApiFailure LastFailure);
