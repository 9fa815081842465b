using System.Text.Json;
using System.Text.Json.Serialization;
using PodConnect.Http.Json;

namespace PodConnect.Tests.Http;

[JsonConverter(typeof(StringValueJsonConverter<Colour>))]
public readonly record struct Colour(string Value) : IStringValue<Colour>
{
    public static Colour Red { get; } = new("RED");

    public static Colour FromValue(string value) => new(value);
}

public sealed class Payment
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

    public Colour Colour { get; set; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(Payment))]
internal sealed partial class ConvertersJson : JsonSerializerContext;

public class JsonConvertersTests
{
    private static Payment Read(string json) => JsonSerializer.Deserialize(json, ConvertersJson.Default.Payment)!;

    [Fact]
    public void Reads_wire_shapes_with_source_generation()
    {
        var p = Read("""{"total":"12.50","tax":"0.99","create_time":1623812664,"rts_time":"1623812665","update_time_millis":1623812664123,"colour":"RED"}""");

        Assert.Equal(12.50m, p.Total);
        Assert.Equal(0.99m, p.Tax);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1623812664), p.CreateTime);
        Assert.Equal(TimeSpan.Zero, p.CreateTime.Offset);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1623812665), p.RtsTime);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1623812664123), p.UpdateTimeMillis);
        Assert.Equal(Colour.Red, p.Colour);
    }

    [Fact]
    public void Unknown_string_value_is_kept_not_rejected()
    {
        var p = Read("""{"colour":"ULTRAVIOLET"}""");
        Assert.Equal("ULTRAVIOLET", p.Colour.Value);
        Assert.NotEqual(Colour.Red, p.Colour);
    }

    [Fact]
    public void Numbers_where_strings_are_documented_are_tolerated()
    {
        var p = Read("""{"total":7.25,"colour":5}""");
        Assert.Equal(7.25m, p.Total);
        Assert.Equal("5", p.Colour.Value);
    }

    [Theory]
    [InlineData("""{"tax":null,"rts_time":null,"update_time_millis":null}""")]
    [InlineData("""{"tax":"","rts_time":0,"update_time_millis":"0"}""")]
    [InlineData("""{"tax":"","rts_time":"","update_time_millis":""}""")]
    public void Absent_markers_read_as_null(string json)
    {
        var p = Read(json);
        Assert.Null(p.Tax);
        Assert.Null(p.RtsTime);
        Assert.Null(p.UpdateTimeMillis);
    }

    [Theory]
    [InlineData("""{"total":"12,50"}""")]
    [InlineData("""{"total":"abc"}""")]
    [InlineData("""{"create_time":"yesterday"}""")]
    [InlineData("""{"create_time":1.5}""")]
    [InlineData("""{"colour":{}}""")]
    public void Garbage_is_a_json_exception(string json) =>
        Assert.ThrowsAny<JsonException>(() => Read(json));

    [Fact]
    public void Writes_money_as_invariant_string_and_times_as_numbers()
    {
        var json = JsonSerializer.Serialize(
            new Payment { Total = 1234.5m, Tax = null, CreateTime = DateTimeOffset.FromUnixTimeSeconds(100), Colour = Colour.Red },
            ConvertersJson.Default.Payment);
        Assert.Equal("""{"total":"1234.5","tax":null,"create_time":100,"rts_time":null,"update_time_millis":null,"colour":"RED"}""", json);
    }

    [Fact]
    public void Money_reads_with_invariant_culture_whatever_the_thread_culture()
    {
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal(12.5m, Read("""{"total":"12.50"}""").Total);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }
}
