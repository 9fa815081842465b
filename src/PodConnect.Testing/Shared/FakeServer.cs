using System.Collections.Concurrent;
using System.Net.Http.Headers;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace PodConnect.Testing.Common;

/// <summary>
/// The one way a fake of a remote API starts and serves: a WireMock server on 127.0.0.1 and a free port
/// (<see cref="LoopbackWireMock"/>), every request logged as a <see cref="FakeRequest"/> on arrival, the
/// shared <see cref="Fault"/>s injected through <see cref="Faults"/> (a dropped connection is dropped at the
/// socket; a status, delay or malformed body is applied around <see cref="Handle"/>), and webhooks sent
/// with <see cref="PostWebhookAsync"/>. A fake derives from it, exposes a static <c>Start(TimeProvider?
/// timeProvider = null, …credentials)</c> and implements <see cref="Handle"/> over raw JSON.
/// </summary>
public abstract class FakeServer : IDisposable
{
    private readonly WireMockServer _server;
    private readonly ConcurrentQueue<FakeRequest> _requests = new();
    private readonly HttpClient _webhookClient = new();
    private readonly Lock _handledGate = new();
    private readonly List<(Func<FakeRequest, bool> Match, TaskCompletionSource<FakeRequest> Signal)> _handledWaiters = [];

    /// <summary>Starts the server.</summary>
    /// <param name="timeProvider">The fake's clock (timestamps, lifecycle timers); the system clock when <see langword="null"/>.</param>
    protected FakeServer(TimeProvider? timeProvider)
    {
        Time = timeProvider ?? TimeProvider.System;
        Faults = new FaultInjector();
        _server = LoopbackWireMock.Start(Faults);
        _server.Given(Request.Create().UsingAnyMethod()).RespondWith(Response.Create().WithCallback(ServeAsync));
    }

    /// <summary>The base address, ending in <c>/</c>: configure it as the client's <c>BaseAddress</c>.</summary>
    public Uri BaseAddress => new(_server.Url! + "/");

    /// <summary>Faults for the next matching requests (<see cref="FaultInjector.Add"/>).</summary>
    public FaultInjector Faults { get; }

    /// <summary>Every request received, in arrival order.</summary>
    public IReadOnlyList<FakeRequest> Requests => [.. _requests];

    /// <summary>The fake's clock.</summary>
    protected TimeProvider Time { get; }

    /// <summary>
    /// Completes once the fake has processed (acted on) a request that satisfies <paramref name="match"/> —
    /// one already processed, or a later one — before any delay or dropped connection a fault adds. A test
    /// that must time a client out after the server acted waits for this instead of polling real time.
    /// </summary>
    /// <param name="match">Which request.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    public Task<FakeRequest> WhenHandledAsync(Func<FakeRequest, bool> match, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(match);
        lock (_handledGate)
        {
            if (_requests.FirstOrDefault(r => r.IsHandled && match(r)) is { } done)
            {
                return Task.FromResult(done);
            }

            var signal = new TaskCompletionSource<FakeRequest>(TaskCreationOptions.RunContinuationsAsynchronously);
            _handledWaiters.Add((match, signal));
            return signal.Task.WaitAsync(cancellationToken);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Stops the server and the webhook sender.</summary>
    /// <param name="disposing">Always <see langword="true"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _server.Stop();
            _server.Dispose();
            _webhookClient.Dispose();
        }
    }

    /// <summary>Answers a request normally (no fault): route it and act on the fake's state.</summary>
    /// <param name="request">The request.</param>
    protected abstract ResponseMessage Handle(FakeRequest request);

    /// <summary>
    /// Refuses a request with bad credentials before anything else (faults included); <see langword="null"/>
    /// lets it through. Default: no check.
    /// </summary>
    /// <param name="request">The request.</param>
    protected virtual ResponseMessage? Authenticate(FakeRequest request) => null;

    /// <summary>The API's own error body for a status a fault answers with (429, 5xx) when the fault brings none.</summary>
    /// <param name="status">The HTTP status.</param>
    protected abstract string ErrorBody(int status);

    /// <summary>Adds what every answer carries (rate-limit headers…). Default: nothing.</summary>
    /// <param name="response">The answer about to be sent.</param>
    protected virtual void Decorate(ResponseMessage response)
    {
    }

    /// <summary>POSTs a webhook delivery with the exact <paramref name="body"/> bytes and extra headers.</summary>
    /// <param name="url">Where to.</param>
    /// <param name="body">The exact bytes (signatures are computed over them).</param>
    /// <param name="headers">Extra headers (signature, shared secret…).</param>
    protected async Task PostWebhookAsync(Uri url, byte[] body, IEnumerable<KeyValuePair<string, string>>? headers = null)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(body);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        foreach (var (name, value) in headers ?? [])
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await _webhookClient.SendAsync(request).ConfigureAwait(false);
    }

    private async Task<IResponseMessage> ServeAsync(IRequestMessage message)
    {
        var request = new FakeRequest(
            message.Method,
            message.Path,
            message.RawQuery,
            (message.Headers ?? new Dictionary<string, WireMock.Types.WireMockList<string>>()).Select(h => new KeyValuePair<string, IReadOnlyList<string>>(h.Key, [.. h.Value])),
            message.BodyAsBytes ?? (message.Body is null ? [] : System.Text.Encoding.UTF8.GetBytes(message.Body)));
        _requests.Enqueue(request);
        var response = Authenticate(request)
            ?? await FakeResponses.ServeAsync(FaultInjector.Current, () => HandleAndSignal(request), ErrorBody).ConfigureAwait(false);
        if (response is ResponseMessage decorated)
        {
            Decorate(decorated);
        }

        request.Answered(response.StatusCode is int status ? status : 200, response.BodyData?.BodyAsString);
        return response;
    }

    private ResponseMessage HandleAndSignal(FakeRequest request)
    {
        var answer = Handle(request);
        List<TaskCompletionSource<FakeRequest>>? release = null;
        lock (_handledGate)
        {
            request.IsHandled = true;
            for (var i = _handledWaiters.Count - 1; i >= 0; i--)
            {
                if (_handledWaiters[i].Match(request))
                {
                    (release ??= []).Add(_handledWaiters[i].Signal);
                    _handledWaiters.RemoveAt(i);
                }
            }
        }

        release?.ForEach(s => s.TrySetResult(request));
        return answer;
    }
}
