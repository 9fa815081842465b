using System.Text.Json;
using PodConnect.Domain;
using PodConnect.Errors;
using PodConnect.Health;
using PodConnect.Redis.Stores;
using PodConnect.Testing.Fuzzing;
using StackExchange.Redis;

namespace PodConnect.Redis.Tests;

/// <summary>
/// A health hash in Redis may be corrupt (another version, an edit by hand): any field's value mutated gives the
/// record or a <see cref="MalformedResponseException"/> naming the key and the field, never a raw runtime exception. Offline.
/// </summary>
public sealed class RedisHealthFieldsFuzzTests
{
    private const string Key = "health:shop-1:5770001";
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static readonly OrderHealthRecord Valid = new("shop-1", "5770001", Now.AddDays(-3))
    {
        Market = CountryCode.GB, DispatchBy = Now.AddDays(-1), DispatchedAt = Now.AddDays(-2).AddTicks(7), CollectedAt = Now.AddDays(-1),
        DeliverBy = Now.AddDays(2), DeliveredAt = Now, ShippingDue = Now.AddDays(1), CancelledAt = Now, SellerFault = true,
        PredictedDispatch = Now.AddDays(-2), PredictedDelivery = Now.AddDays(1),
    };

    [Fact]
    public void Only_the_fields_a_record_sets_are_written_and_they_read_back_exactly()
    {
        var partial = new OrderHealthRecord("shop-1", "5770001", Now) { DeliveredAt = Now.AddTicks(3) };

        Assert.Equal(4, RedisHealthFields.Write(partial).Count); // created + delivered-at: the merge is HSET of these alone
        Assert.Equal(Valid, RedisHealthFields.Read("shop-1", "5770001", Entries(Valid), Key));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Any_mutation_of_any_field_is_a_record_or_a_typed_error_naming_key_and_field(int seed)
    {
        var fields = Entries(Valid);
        var cases = Enumerable.Range(0, fields.Length).SelectMany(i => new JsonMutator(seed + (i * 100)).Mutate(JsonSerializer.SerializeToUtf8Bytes((string)fields[i].Value!), 300)
            .Select(c => c with { Payload = [(byte)i, .. c.Payload] }));

        var summary = Fuzz.Check(cases, payload => Read(fields, payload), e => e is MalformedResponseException && e.Message.Contains(Key, StringComparison.Ordinal));

        Assert.Equal(fields.Length * 300, summary.Total);
        Assert.True(summary.Rejected > 0 && summary.Parsed > 0, $"parsed {summary.Parsed}, rejected {summary.Rejected}");
    }

    [Fact]
    public void A_hash_without_its_creation_instant_is_a_typed_error_naming_the_field()
    {
        var e = Assert.Throws<MalformedResponseException>(() => RedisHealthFields.Read("shop-1", "5770001", [.. Entries(Valid).Where(f => f.Name != RedisHealthFields.Created)], Key));

        Assert.Contains("'created'", e.Message, StringComparison.Ordinal);
    }

    // The first byte picks the field; the rest is the mutated JSON string, its content when it still is one, else the raw bytes.
    private static OrderHealthRecord Read(HashEntry[] fields, byte[] payload)
    {
        var mutated = (HashEntry[])fields.Clone();
        var at = payload[0];
        RedisValue value;
        try
        {
            value = JsonSerializer.Deserialize<string>(payload.AsSpan(1)) ?? "";
        }
        catch (JsonException)
        {
            value = payload[1..];
        }

        mutated[at] = new HashEntry(fields[at].Name, value);
        try
        {
            return RedisHealthFields.Read("shop-1", "5770001", mutated, Key);
        }
        catch (MalformedResponseException e) when (!e.Message.Contains("'" + fields[at].Name + "'", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"the error names the wrong field: {e.Message}", e);
        }
    }

    private static HashEntry[] Entries(OrderHealthRecord record)
    {
        var pairs = RedisHealthFields.Write(record);
        return [.. Enumerable.Range(0, pairs.Count / 2).Select(i => new HashEntry(pairs[2 * i], pairs[(2 * i) + 1]))];
    }
}
