using PodConnect.Fulfillment;

namespace PodConnect.Tests.Fulfillment;

/// <summary>The loop's status (running, last pass, queue age) that health checks judge it by.</summary>
public sealed class LoopStatusTests
{
    [Fact]
    public async Task After_a_pass_nothing_waits_until_the_next_order_or_poll_is_due()
    {
        using var loop = new LoopHarness();
        loop.AddOrder("7001");

        await loop.Reconciler.RunPassAsync();

        var status = loop.Monitor.Status;
        Assert.Equal(1, status.CompletedPasses);
        Assert.Equal(LoopHarness.Start, status.LastPassCompletedAt);
        Assert.False(status.IsRunning); // passes run by hand here, not by the hosted loop
        Assert.True(status.OldestWorkDueAt > LoopHarness.Start); // the held order and the next poll are in the future
        Assert.Equal(TimeSpan.Zero, status.QueueAgeAt(LoopHarness.Start));
    }

    [Fact]
    public async Task Work_not_taken_by_a_pass_ages_from_the_moment_it_was_due()
    {
        using var loop = new LoopHarness(o => o.PollInterval = TimeSpan.FromMinutes(5));
        await loop.Reconciler.RunPassAsync();

        loop.Time.Advance(TimeSpan.FromMinutes(12)); // no pass: the poll due at +5 min has waited 7 minutes

        Assert.Equal(TimeSpan.FromMinutes(7), loop.Monitor.Status.QueueAgeAt(loop.Time.GetUtcNow()));
        await loop.Reconciler.RunPassAsync();
        Assert.Equal(TimeSpan.Zero, loop.Monitor.Status.QueueAgeAt(loop.Time.GetUtcNow()));
    }

    [Fact]
    public async Task A_webhook_hint_waiting_for_a_pass_counts_from_its_arrival()
    {
        using var loop = new LoopHarness();
        loop.AddOrder("7002");
        await loop.Reconciler.RunPassAsync();
        loop.Time.Advance(TimeSpan.FromSeconds(30));

        var answer = await loop.Ingress.ReceiveAsync(loop.Marketplace.Name, loop.Marketplace.CreateWebhook("7002"));
        loop.Time.Advance(TimeSpan.FromSeconds(45));

        Assert.Equal(200, answer.HttpStatusCode);
        Assert.Equal(TimeSpan.FromSeconds(45), loop.Monitor.Status.QueueAgeAt(loop.Time.GetUtcNow()));
        await loop.Reconciler.RunPassAsync();
        Assert.Equal(TimeSpan.Zero, loop.Monitor.Status.QueueAgeAt(loop.Time.GetUtcNow()));
    }

    [Fact]
    public void Before_any_pass_the_status_is_empty()
    {
        var status = new FulfillmentMonitor().Status;

        Assert.Equal(new FulfillmentLoopStatus(false, 0, null, null), status);
        Assert.Equal(TimeSpan.Zero, status.QueueAgeAt(DateTimeOffset.UnixEpoch));
    }
}
