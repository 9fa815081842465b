using System.Globalization;
using System.Text;
using WireMock;
using WireMock.ResponseBuilders;
using WireMock.Types;
using WireMock.Util;

namespace PodConnect.Testing.Providers;

/// <summary>Builds WireMock response messages for the fakes' callbacks.</summary>
internal static class FakeResponses
{
    public static ResponseMessage Json(int status, string json, IReadOnlyDictionary<string, string>? headers = null)
    {
        var response = new ResponseMessage
        {
            StatusCode = status,
            BodyData = new BodyData
            {
                BodyAsString = json,
                DetectedBodyType = BodyType.String,
                Encoding = Encoding.UTF8,
            },
        };
        response.AddHeader("Content-Type", "application/json");
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            response.AddHeader(name, value);
        }

        return response;
    }

    public static ResponseMessage Empty(int status) => new() { StatusCode = status };

    /// <summary>
    /// Answers a request under <paramref name="fault"/>: faults that stop processing answer at once;
    /// a timeout processes the request with <paramref name="handle"/> and then holds the answer back.
    /// </summary>
    public static async Task<IResponseMessage> WithFaultAsync(FakeFault? fault, Func<IResponseMessage> handle, Func<int, string> errorBody, Action<Dictionary<string, string>>? rateLimitHeaders = null)
    {
        switch (fault)
        {
            case null:
                return handle();
            case FakeFault.TooManyRequestsFault tooMany:
                var headers = new Dictionary<string, string>();
                if (tooMany.RetryAfter is { } retryAfter)
                {
                    headers["Retry-After"] = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                }

                rateLimitHeaders?.Invoke(headers);
                return Json(429, errorBody(429), headers);
            case FakeFault.ServerErrorFault server:
                return Json(server.StatusCode, errorBody(server.StatusCode));
            case FakeFault.ConnectionResetFault:
                // Promise a body and send none: Kestrel must then abort the connection mid-response,
                // which the client sees as a dropped connection, not as an HTTP status. (WireMock's own
                // EMPTY_RESPONSE fault is an empty 200, not a reset; it honours Content-Length only
                // on a response without a body.)
                var cut = new ResponseMessage { StatusCode = 200 };
                cut.AddHeader("Content-Length", "4096");
                return cut;
            case FakeFault.MalformedJsonFault:
                return Json(200, "{\"id\": \"truncated");
            case FakeFault.TimeoutFault timeout:
                var answer = handle();
                await Task.Delay(timeout.Delay).ConfigureAwait(false);
                return answer;
            default:
                throw new InvalidOperationException($"Unknown fault {fault}.");
        }
    }
}
