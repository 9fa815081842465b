using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Time.Testing;
using PodConnect.Http;

namespace PodConnect.Tests.Http;

public class RetryAfterTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Delta_seconds_are_read()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(7));
        Assert.Equal(TimeSpan.FromSeconds(7), RetryAfter.From(response, _time));
    }

    [Fact]
    public void Http_date_is_measured_from_the_time_provider()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation("Retry-After", "Tue, 24 Nov 2026 12:00:30 GMT");
        Assert.Equal(TimeSpan.FromSeconds(30), RetryAfter.From(response, _time));
    }

    [Fact]
    public void Date_in_the_past_means_no_wait()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation("Retry-After", "Tue, 24 Nov 2026 11:00:00 GMT");
        Assert.Equal(TimeSpan.Zero, RetryAfter.From(response, _time));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("soon")]
    public void Missing_or_garbage_header_gives_null(string? header)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        if (header is not null)
        {
            response.Headers.TryAddWithoutValidation("Retry-After", header);
        }

        Assert.Null(RetryAfter.From(response, _time));
    }
}
