using System.Diagnostics;
using System.Net;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using PodConnect.Webhooks;

namespace PodConnect.AspNetCore.Tests.Webhooks;

public sealed class WebhookEndpointTests
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("{\"type\":1, \"data\" : {\"order_id\":\"576\"}}\n");

    [Theory]
    [InlineData(WebhookIngressStatus.Accepted, HttpStatusCode.OK)]
    [InlineData(WebhookIngressStatus.Duplicate, HttpStatusCode.OK)]
    [InlineData(WebhookIngressStatus.Unauthenticated, HttpStatusCode.Unauthorized)]
    [InlineData(WebhookIngressStatus.Malformed, HttpStatusCode.BadRequest)]
    public async Task Answers_the_ingress_status_with_an_empty_body(WebhookIngressStatus status, HttpStatusCode expected)
    {
        await using var host = await WebhookHost.StartAsync(ScriptedIngress.Answering(status, "header Authorization: secret s3cr3t-value did not match"));

        using var response = await host.Client.PostAsync("/webhooks/tiktokshop", new ByteArrayContent(Body));

        Assert.Equal(expected, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.DoesNotContain(host.Logs.Entries, e => e.Message.Contains("s3cr3t", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Passes_the_raw_bytes_headers_and_query_to_the_ingress_of_that_source()
    {
        var ingress = ScriptedIngress.Answering(WebhookIngressStatus.Accepted);
        await using var host = await WebhookHost.StartAsync(ingress);
        using var content = new ByteArrayContent(Body);
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/gelato?token=abc&x=1") { Content = content };
        request.Headers.TryAddWithoutValidation("Authorization", "sig-123");

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (source, delivery) = Assert.Single(ingress.Received);
        Assert.Equal("gelato", source);
        Assert.Equal(Body, delivery.Body.ToArray()); // byte for byte: whitespace and the trailing newline survive
        Assert.Equal("sig-123", delivery.Header("authorization"));
        Assert.Equal("application/json", delivery.Header("Content-Type"));
        Assert.Equal("?token=abc&x=1", delivery.Query);
    }

    [Fact]
    public async Task Maps_one_route_per_source_and_nothing_else()
    {
        var ingress = ScriptedIngress.Answering(WebhookIngressStatus.Accepted);
        await using var host = await WebhookHost.StartAsync(ingress);

        using var unknown = await host.Client.PostAsync("/webhooks/printify", new ByteArrayContent(Body));
        using var get = await host.Client.GetAsync("/webhooks/tiktokshop");

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
        Assert.Empty(ingress.Received);
    }

    [Fact]
    public async Task An_empty_body_reaches_the_ingress_as_empty_bytes()
    {
        var ingress = ScriptedIngress.Answering(WebhookIngressStatus.Malformed, "body: empty");
        await using var host = await WebhookHost.StartAsync(ingress);

        using var response = await host.Client.PostAsync("/webhooks/tiktokshop", new ByteArrayContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(Assert.Single(ingress.Received).Delivery.Body.IsEmpty);
    }

    [Fact]
    public async Task A_refusal_is_logged_with_source_status_and_trace_id_only()
    {
        var ingress = ScriptedIngress.Answering(WebhookIngressStatus.Unauthenticated, "header X-Signature: expected 9f86d081");
        await using var host = await WebhookHost.StartAsync(ingress);

        using var response = await host.Client.PostAsync("/webhooks/gelato", new ByteArrayContent(Body));

        var entry = Assert.Single(host.Logs.Entries, e => e.Id.Id == 14001);
        Assert.Contains("gelato", entry.Message, StringComparison.Ordinal);
        Assert.Contains("Unauthenticated", entry.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("9f86d081", entry.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("order_id", entry.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_over_the_limit_is_answered_413_without_reaching_the_ingress(bool declaresLength)
    {
        var ingress = ScriptedIngress.Answering(WebhookIngressStatus.Accepted);
        await using var host = await WebhookHost.StartAsync(ingress, o => o.MaxBodyBytes = 1_000);
        var bytes = new byte[1_001];
        HttpContent content = declaresLength ? new ByteArrayContent(bytes) : new StreamContent(new UnknownLengthStream(bytes));

        using var response = await host.Client.PostAsync("/webhooks/tiktokshop", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(ingress.Received);
        Assert.Contains(host.Logs.Entries, e => e.Id.Id == 14002);
        content.Dispose();
    }

    [Fact]
    public async Task A_body_exactly_at_the_limit_is_accepted()
    {
        var ingress = ScriptedIngress.Answering(WebhookIngressStatus.Accepted);
        await using var host = await WebhookHost.StartAsync(ingress, o => o.MaxBodyBytes = 1_000);

        using var response = await host.Client.PostAsync("/webhooks/tiktokshop", new StreamContent(new UnknownLengthStream(new byte[1_000])));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1_000, Assert.Single(ingress.Received).Delivery.Body.Length);
    }

    [Fact]
    public async Task An_ingress_that_never_answers_gets_503_within_its_timeout_and_is_told_to_stop()
    {
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var ingress = new ScriptedIngress(async (_, _, token) =>
        {
            using var registration = token.Register(() => cancelled.TrySetResult());
            await Task.Delay(Timeout.Infinite, CancellationToken.None); // ignores its token on purpose
            return default;
        });
        await using var host = await WebhookHost.StartAsync(ingress, o => o.IngressTimeout = TimeSpan.FromMilliseconds(100));
        var watch = Stopwatch.StartNew();

        using var response = await host.Client.PostAsync("/webhooks/tiktokshop", new ByteArrayContent(Body));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3), $"answered after {watch.Elapsed}");
        await cancelled.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Contains(host.Logs.Entries, e => e.Id.Id == 14003);
    }

    [Fact]
    public async Task A_burst_of_1000_deliveries_is_answered_while_the_loop_behind_the_ingress_is_stalled()
    {
        // The ingress hands off to a queue that nobody reads, as a stalled reconciler would leave it.
        var queue = Channel.CreateUnbounded<string>();
        var ingress = new ScriptedIngress((source, _, _) =>
        {
            queue.Writer.TryWrite(source);
            return ValueTask.FromResult(new WebhookIngressResult(WebhookIngressStatus.Accepted));
        });
        await using var host = await WebhookHost.StartAsync(ingress);

        // 32 in flight at a time, as a sender's connection pool would send them; each request's own time is
        // measured, so the figure is the endpoint's answer time and not the time a task waited for a thread.
        var answers = new System.Collections.Concurrent.ConcurrentBag<(HttpStatusCode StatusCode, TimeSpan Elapsed)>();
        await Parallel.ForEachAsync(Enumerable.Range(0, 1_000), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (_, token) =>
        {
            var watch = Stopwatch.StartNew();
            using var response = await host.Client.PostAsync("/webhooks/tiktokshop", new ByteArrayContent(Body), token);
            answers.Add((response.StatusCode, watch.Elapsed));
        });

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Equal(1_000, answers.Count);
        Assert.All(answers, a => Assert.True(a.Elapsed < TimeSpan.FromSeconds(3), $"answered after {a.Elapsed}")); // an upper bound, not a benchmark
        Assert.Equal(1_000, queue.Reader.Count);
    }

    [Fact]
    public async Task Mapping_without_an_ingress_fails_at_start_up_naming_what_to_register()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        await using var app = builder.Build();

        var error = Assert.Throws<InvalidOperationException>(() => app.MapPodConnectWebhooks("/webhooks"));

        Assert.Contains("IWebhookIngress", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_limit_of_zero_is_refused_when_mapping()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton<IWebhookIngress>(ScriptedIngress.Answering(WebhookIngressStatus.Accepted));
        await using var app = builder.Build();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => app.MapPodConnectWebhooks("/webhooks", o => o.MaxBodyBytes = 0));

        Assert.Equal("MaxBodyBytes", error.ParamName);
    }

    /// <summary>A stream that does not tell its length, so the request carries no Content-Length.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
