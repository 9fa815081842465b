using PodConnect.Dispatch;
using PodConnect.Errors;
using PodConnect.Redis.Stores;
using PodConnect.Stores;
using PodConnect.Testing.Fuzzing;
using StackExchange.Redis;

namespace PodConnect.Redis.Tests;

/// <summary>
/// A value in Redis may be corrupt (written by another version, edited by hand): reading it back gives the
/// record or a <see cref="MalformedResponseException"/> naming the key, never a raw runtime exception. Offline.
/// </summary>
public sealed class RedisValueFuzzTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Any_mutation_of_a_placed_order_is_a_record_or_a_typed_error(int seed)
    {
        var valid = (byte[])RedisJson.Write(new PlacedOrder("shop-1", "5770001", "gelato", Now)
        {
            ProviderOrderId = "g-1", FacilityId = "gelato-uk", ProductionDay = new DateOnly(2026, 3, 3), Units = 2, PredictedDispatch = Now.AddDays(1),
        })!;

        var summary = Fuzz.Check(new JsonMutator(seed).Mutate(valid, 3_000), bytes => RedisJson.ReadPlacedOrder((RedisValue)bytes, "placed:5770001"), IsTypedNamingKey("placed:5770001"));

        Assert.Equal(3_000, summary.Total);
        Assert.True(summary.Rejected > 0 && summary.Parsed > 0, $"parsed {summary.Parsed}, rejected {summary.Rejected}");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Any_mutation_of_a_dispatch_record_is_a_record_or_a_typed_error(int seed)
    {
        var valid = (byte[])RedisJson.Write(new DispatchRecord("5770001", Now.AddDays(2), Now))!;

        var summary = Fuzz.Check(new JsonMutator(seed).Mutate(valid, 3_000), bytes => RedisJson.ReadDispatch((RedisValue)bytes, "dispatch:5770001"), IsTypedNamingKey("dispatch:5770001"));

        Assert.Equal(3_000, summary.Total);
        Assert.True(summary.Rejected > 0 && summary.Parsed > 0, $"parsed {summary.Parsed}, rejected {summary.Rejected}");
    }

    private static Func<Exception, bool> IsTypedNamingKey(string key) => e => e is MalformedResponseException && e.Message.Contains(key, StringComparison.Ordinal);
}
