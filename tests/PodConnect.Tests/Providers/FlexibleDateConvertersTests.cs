using System.Text.Json;
using PodConnect.Http.Json;

namespace PodConnect.Tests.Providers;

public sealed class FlexibleDateConvertersTests
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new FlexibleDateOnlyJsonConverter(), new FlexibleTimestampJsonConverter() },
    };

    private sealed record Dates(DateOnly? Day, DateTimeOffset? At);

    [Theory]
    [InlineData("\"2019-08-29\"")]
    [InlineData("1567036800")]
    [InlineData("1567036800000")]
    [InlineData("\"1567036800\"")]
    [InlineData("\"2019-08-29T00:00:00Z\"")]
    public void A_date_reads_from_every_form_providers_send(string json) =>
        Assert.Equal(new DateOnly(2019, 8, 29), JsonSerializer.Deserialize<Dates>($$"""{"Day":{{json}}}""", Options)!.Day);

    [Theory]
    [InlineData("null")]
    [InlineData("\"\"")]
    public void Null_and_empty_read_as_no_date(string json) =>
        Assert.Null(JsonSerializer.Deserialize<Dates>($$"""{"Day":{{json}},"At":{{json}}}""", Options)!.Day);

    [Theory]
    [InlineData("1588716060")]
    [InlineData("\"1588716060\"")]
    [InlineData("\"2020-05-05T22:01:00Z\"")]
    [InlineData("\"2020-05-05T23:01:00+01:00\"")]
    public void A_timestamp_reads_from_epoch_or_iso(string json) =>
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1588716060), JsonSerializer.Deserialize<Dates>($$"""{"At":{{json}}}""", Options)!.At);

    [Fact]
    public void Garbage_is_a_json_error_not_a_default_value()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Dates>("""{"Day":"next tuesday"}""", Options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Dates>("""{"At":true}""", Options));
    }

    [Fact]
    public void Dates_write_as_iso_text_and_read_back()
    {
        var dates = new Dates(new DateOnly(2024, 4, 2), new DateTimeOffset(2024, 4, 2, 10, 0, 0, TimeSpan.Zero));
        var json = JsonSerializer.Serialize(dates, Options);
        Assert.StartsWith("""{"Day":"2024-04-02","At":"2024-04-02T10:00:00""", json, StringComparison.Ordinal);
        Assert.Equal(dates, JsonSerializer.Deserialize<Dates>(json, Options));
    }
}
