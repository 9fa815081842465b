using System.Net;
using System.Net.Http.Headers;
using PodConnect.Http;

namespace PodConnect.Tests.Fuzzing;

/// <summary>Rate-limit and Retry-After headers are controlled by the server (or a proxy): no value may crash a reader.</summary>
public class ResponseHeadersFuzzTests
{
    public static TheoryData<string> Hostile() =>
    [
        "1e309", "-1e309", "Infinity", "-Infinity", "NaN", "∞", "1.7976931348623157E+308", "-1", "-0", "0", "0.5",
        "99999999999999999999999", "9223372036854775808", "", " ", "abc", "1,5", "0x10", "1e-400", "2147483648",
        "Wed, 21 Oct 2015 07:28:00 GMT", "Fri, 31 Dec 9999 23:59:59 GMT", "Mon, 01 Jan 0001 00:00:00 GMT",
    ];

    [Theory]
    [MemberData(nameof(Hostile))]
    public void Numeric_headers_read_as_a_finite_bounded_value_or_absent(string value)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.TryAddWithoutValidation("X-Ratelimit-Reset", value);
        response.Headers.TryAddWithoutValidation("X-Ratelimit-Remaining", value);
        response.Headers.TryAddWithoutValidation("Retry-After", value);

        var number = ResponseHeaders.Number(response, "X-Ratelimit-Reset");
        var count = ResponseHeaders.Count(response, "X-Ratelimit-Remaining");
        var wait = ResponseHeaders.Seconds(response, "X-Ratelimit-Reset");
        var retryAfter = RetryAfter.From(response, TimeProvider.System);

        Assert.True(number is null || (double.IsFinite(number.Value) && number >= 0));
        Assert.True(count is null or >= 0);
        Assert.True(wait is null || (wait >= TimeSpan.Zero && wait <= ResponseHeaders.MaxWait));
        Assert.True(retryAfter is null || retryAfter >= TimeSpan.Zero);
    }

    [Fact]
    public void Seeded_random_header_text_never_throws()
    {
        var random = new Random(27);
        const string alphabet = "0123456789.eE+-,xInfityNa ∞:GMT";
        for (var i = 0; i < 5_000; i++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(1, 30)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
            response.Headers.TryAddWithoutValidation("X-Ratelimit-Reset", text);
            response.Headers.TryAddWithoutValidation("Retry-After", text);

            _ = ResponseHeaders.Seconds(response, "X-Ratelimit-Reset");
            _ = ResponseHeaders.Count(response, "X-Ratelimit-Reset");
            _ = RetryAfter.From(response, TimeProvider.System);
        }
    }

    [Fact]
    public void A_retry_after_date_far_in_the_future_is_a_long_wait_not_an_overflow()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(DateTimeOffset.MaxValue);
        Assert.True(RetryAfter.From(response, TimeProvider.System) > TimeSpan.FromDays(365));
    }
}
