using Polly;

namespace PodConnect.Http.Resilience;

/// <summary>
/// The outermost strategy: records when the call started, so the retry can tell how much of the total
/// budget is left and refuse a <c>Retry-After</c> that would outlast it.
/// </summary>
internal sealed class CallStartStrategy(TimeProvider timeProvider) : ResilienceStrategy<HttpResponseMessage>
{
    public static readonly ResiliencePropertyKey<DateTimeOffset> StartedAt = new("PodConnect.CallStartedAt");

    protected override ValueTask<Outcome<HttpResponseMessage>> ExecuteCore<TState>(
        Func<ResilienceContext, TState, ValueTask<Outcome<HttpResponseMessage>>> callback,
        ResilienceContext context,
        TState state)
    {
        context.Properties.Set(StartedAt, timeProvider.GetUtcNow());
        return callback(context, state);
    }
}
