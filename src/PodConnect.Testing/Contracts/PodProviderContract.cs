using PodConnect.Errors;
using PodConnect.Providers;
using PodConnect.Testing.Common;
using PodConnect.Testing.Fuzzing;
using Xunit;

namespace PodConnect.Testing.Contracts;

/// <summary>
/// The contract every <see cref="IPodProvider"/> keeps, as xunit tests to inherit: derive one class in
/// your test project, override <see cref="CreateSubject"/> to wire your provider to a fake of its API, and
/// the tests below run against it — placing twice makes one order, a lost answer is recovered without a
/// duplicate, every documented status maps (and an unknown one to the safe default), a forged webhook is
/// rejected, and malformed responses and webhooks end in typed errors (seeded fuzz with
/// <see cref="JsonMutator"/>). Every built-in provider's tests run it.
/// <code>
/// public sealed class GelatoContractTests : PodProviderContract
/// {
///     protected override PodProviderContractSubject CreateSubject() =&gt; …;
/// }
/// </code>
/// </summary>
public abstract class PodProviderContract
{
    /// <summary>The external id the contract's orders use (1–32 letters, digits, '-' or '_': every provider takes it).</summary>
    protected const string ExternalId = "contract-576461413038785752";

    /// <summary>A status no provider documents.</summary>
    protected const string UnknownStatus = "a_status_from_the_future";

    /// <summary>The mutator's seed; change it to explore other cases (a failure names its case).</summary>
    protected virtual int FuzzSeed => 11;

    /// <summary>How many mutated order bodies are read over HTTP (each is a round trip to the fake).</summary>
    protected virtual int ResponseFuzzCases => 300;

    /// <summary>How many mutated webhook bodies are parsed (in process).</summary>
    protected virtual int WebhookFuzzCases => 3_000;

    /// <summary>Wires a fresh provider to a fresh fake; called once per test and disposed after it.</summary>
    protected abstract PodProviderContractSubject CreateSubject();

    /// <summary>Placing the same order twice makes one order; the second call returns it, marked as already there.</summary>
    [Fact]
    public async Task Placing_the_same_order_twice_makes_one_order()
    {
        using var s = CreateSubject();

        var first = await s.Provider.PlaceOrderAsync(s.Order(ExternalId));
        var second = await s.Provider.PlaceOrderAsync(s.Order(ExternalId));

        Assert.False(first.AlreadyExisted);
        Assert.True(second.AlreadyExisted);
        Assert.Equal(first.Order.ProviderOrderId, second.Order.ProviderOrderId);
        Assert.Equal(ExternalId, second.Order.ExternalId);
        Assert.Equal(s.Provider.Name, second.Order.Provider);
        Assert.Equal(1, s.OrdersAtFake(ExternalId));
    }

    /// <summary>A create the provider carried out but whose answer was lost is recovered, and nothing is created twice.</summary>
    [Fact]
    public async Task A_lost_create_answer_is_recovered_without_a_duplicate()
    {
        using var s = CreateSubject();
        s.Fake.Faults.Add(Fault.ProcessThenDropConnection(), s.CreateRoute.Path, method: s.CreateRoute.Method, exactPath: true);

        var placed = await s.Provider.PlaceOrderAsync(s.Order(ExternalId));
        var again = await s.Provider.PlaceOrderAsync(s.Order(ExternalId));

        Assert.Equal(ExternalId, placed.Order.ExternalId);
        Assert.Equal(placed.Order.ProviderOrderId, again.Order.ProviderOrderId);
        Assert.True(again.AlreadyExisted);
        Assert.Equal(1, s.OrdersAtFake(ExternalId));
    }

    /// <summary>Reading by the provider's id and finding by our id agree; an unknown external id is <see langword="null"/>, not an error.</summary>
    [Fact]
    public async Task Get_and_find_agree_and_an_unknown_external_id_is_null()
    {
        using var s = CreateSubject();
        var placed = await s.Provider.PlaceOrderAsync(s.Order(ExternalId));

        Assert.Equal(placed.Order.ProviderOrderId, (await s.Provider.GetOrderAsync(placed.Order.ProviderOrderId)).ProviderOrderId);
        Assert.Equal(placed.Order.ProviderOrderId, (await s.Provider.FindOrderByExternalIdAsync(ExternalId))?.ProviderOrderId);
        Assert.Null(await s.Provider.FindOrderByExternalIdAsync("contract-never-placed"));
    }

    /// <summary>Every status the provider documents maps to its hub status, and the raw value is kept.</summary>
    [Fact]
    public async Task Every_documented_status_maps_and_keeps_its_raw_value()
    {
        using var s = CreateSubject();
        Assert.NotEmpty(s.DocumentedStatuses);
        var placed = await s.Provider.PlaceOrderAsync(s.Order(ExternalId));

        foreach (var (raw, expected) in s.DocumentedStatuses)
        {
            await s.SetRawStatusAsync(placed.Order, raw);
            var read = await s.Provider.GetOrderAsync(placed.Order.ProviderOrderId);
            Assert.True(expected == read.Status, $"'{raw}' should map to {expected}, not {read.Status}.");
            Assert.Equal(raw, read.RawStatus);
        }
    }

    /// <summary>An undocumented status maps to <see cref="PodOrderStatus.Received"/> (nothing downstream acts on it) and keeps its raw value.</summary>
    [Fact]
    public async Task An_unknown_status_maps_to_the_safe_default_and_keeps_its_raw_value()
    {
        using var s = CreateSubject();
        var placed = await s.Provider.PlaceOrderAsync(s.Order(ExternalId));

        await s.SetRawStatusAsync(placed.Order, UnknownStatus);
        var read = await s.Provider.GetOrderAsync(placed.Order.ProviderOrderId);

        Assert.Equal(PodOrderStatus.Received, read.Status);
        Assert.Equal(UnknownStatus, read.RawStatus);
    }

    /// <summary>A forged webhook is rejected with <see cref="WebhookVerificationException"/>; an authentic one parses.</summary>
    [Fact]
    public void A_forged_webhook_is_rejected_and_an_authentic_one_parses()
    {
        using var s = CreateSubject();

        Assert.Throws<WebhookVerificationException>(() => s.Provider.ParseWebhook(s.ForgedWebhook));
        var parsed = s.Provider.ParseWebhook(s.AuthenticWebhook(s.WebhookBody));

        Assert.Equal(s.Provider.Name, parsed.Provider);
    }

    /// <summary>A success answer whose body is not the documented JSON is a <see cref="MalformedResponseException"/>.</summary>
    [Fact]
    public async Task A_garbled_order_body_is_a_malformed_response()
    {
        using var s = CreateSubject();
        var placed = await s.Provider.PlaceOrderAsync(s.Order(ExternalId));
        s.Fake.Faults.Add(Fault.MalformedBody("{\"id\": \"truncated"), s.ReadPath(placed.Order), method: HttpMethod.Get, exactPath: true);

        var error = await Assert.ThrowsAsync<MalformedResponseException>(() => s.Provider.GetOrderAsync(placed.Order.ProviderOrderId));

        Assert.Equal(s.Provider.Name, error.Service);
    }

    /// <summary>Mutations of a real order body, served by the fake, read as an order or a typed error: never a raw runtime exception.</summary>
    [Fact]
    public async Task Mutated_order_bodies_read_as_orders_or_typed_errors()
    {
        using var s = CreateSubject();
        var placed = await s.Provider.PlaceOrderAsync(s.Order(ExternalId));
        var path = s.ReadPath(placed.Order);
        await s.Provider.GetOrderAsync(placed.Order.ProviderOrderId);
        var valid = s.Fake.Requests.Last(r => r.Is("GET", path)).ResponseBody
            ?? throw new InvalidOperationException($"The fake answered GET {path} without a body.");

        var summary = await Fuzz.CheckAsync(
            new JsonMutator(FuzzSeed).Mutate(System.Text.Encoding.UTF8.GetBytes(valid), ResponseFuzzCases),
            async body =>
            {
                s.Fake.Faults.Clear();
                s.Fake.Faults.Add(Fault.RawBody(body), path, method: HttpMethod.Get, exactPath: true);
                await s.Provider.GetOrderAsync(placed.Order.ProviderOrderId).ConfigureAwait(false);
            },
            e => e is PodConnectException);

        Assert.Equal(ResponseFuzzCases, summary.Total);
        Assert.True(summary.Rejected > 0, "No mutation was rejected: the fuzz did not reach the parser.");
    }

    /// <summary>Mutations of an authentic webhook parse to an event or a typed error: never a raw runtime exception.</summary>
    [Fact]
    public void Mutated_webhook_bodies_parse_to_events_or_typed_errors()
    {
        using var s = CreateSubject();

        var summary = Fuzz.Check(
            new JsonMutator(FuzzSeed).Mutate(s.WebhookBody, WebhookFuzzCases),
            body => s.Provider.ParseWebhook(s.AuthenticWebhook(body)),
            e => e is PodConnectException);

        Assert.Equal(WebhookFuzzCases, summary.Total);
        Assert.True(summary.Parsed > 0 && summary.Rejected > 0, $"parsed {summary.Parsed}, rejected {summary.Rejected}");
    }
}
