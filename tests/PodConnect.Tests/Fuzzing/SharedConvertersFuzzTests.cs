using System.Text;
using System.Text.Json.Serialization;
using PodConnect.Errors;
using PodConnect.Http.Json;
using PodConnect.Testing.Fuzzing;
using PodConnect.Tests.Http;

namespace PodConnect.Tests.Fuzzing;

public sealed class EveryConverter
{
    [JsonConverter(typeof(DecimalStringJsonConverter))]
    public decimal Total { get; set; }

    [JsonConverter(typeof(NullableDecimalStringJsonConverter))]
    public decimal? Tax { get; set; }

    [JsonConverter(typeof(UnixSecondsJsonConverter))]
    public DateTimeOffset CreateTime { get; set; }

    [JsonConverter(typeof(NullableUnixSecondsJsonConverter))]
    public DateTimeOffset? RtsTime { get; set; }

    [JsonConverter(typeof(NullableUnixMillisecondsJsonConverter))]
    public DateTimeOffset? UpdateTimeMillis { get; set; }

    [JsonConverter(typeof(FlexibleTimestampJsonConverter))]
    public DateTimeOffset? ShippedAt { get; set; }

    [JsonConverter(typeof(FlexibleDateOnlyJsonConverter))]
    public DateOnly? EstimatedDelivery { get; set; }

    public Colour Colour { get; set; }

    public IReadOnlyList<EveryConverter>? Children { get; set; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(EveryConverter))]
internal sealed partial class FuzzJson : JsonSerializerContext;

/// <summary>
/// The shared converters and the error funnel turn any body into a value or a
/// <see cref="MalformedResponseException"/>: never a raw runtime exception.
/// </summary>
public class SharedConvertersFuzzTests
{
    private static readonly byte[] Valid = Encoding.UTF8.GetBytes("""
        {"total":"12.50","tax":"2.10","create_time":1700000000,"rts_time":"1700086400",
         "update_time_millis":1700000000123,"shipped_at":"2026-11-24T09:00:00Z","estimated_delivery":"2026-11-27",
         "colour":"RED","children":[{"total":1,"create_time":1,"colour":7,"shipped_at":1700000000,"estimated_delivery":1700000000000}]}
        """);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Any_mutation_of_a_valid_body_is_a_value_or_a_malformed_response(int seed)
    {
        var funnel = new SampleFunnel(TimeProvider.System);

        var summary = Fuzz.Check(
            new JsonMutator(seed).Mutate(Valid, 3_000),
            body => funnel.Deserialize(body, FuzzJson.Default.EveryConverter, response: null),
            e => e is MalformedResponseException);

        Assert.Equal(3_000, summary.Total);
        Assert.True(summary.Rejected > 0 && summary.Parsed > 0, $"parsed {summary.Parsed}, rejected {summary.Rejected}");
    }

    [Theory]
    [InlineData("""{"create_time":253402300800}""")]
    [InlineData("""{"create_time":-62135596801}""")]
    [InlineData("""{"rts_time":"99999999999999"}""")]
    [InlineData("""{"update_time_millis":253402300800000}""")]
    [InlineData("""{"shipped_at":99999999999999}""")]
    [InlineData("""{"estimated_delivery":"-99999999999999"}""")]
    [InlineData("""{"total":1e309}""")]
    [InlineData("""{"colour":"\uD800"}""")]
    public void Out_of_range_times_numbers_and_lone_surrogates_are_malformed_not_crashes(string body)
    {
        var funnel = new SampleFunnel(TimeProvider.System);
        var ex = Assert.Throws<MalformedResponseException>(() => funnel.Deserialize(Encoding.UTF8.GetBytes(body), FuzzJson.Default.EveryConverter, response: null));
        Assert.Equal("sample-api", ex.Service);
    }
}
