using System.Text;
using PodConnect.Testing.Common;
using WireMock;
using WireMock.ResponseBuilders;
using WireMock.Types;
using WireMock.Util;

namespace PodConnect.Testing.Providers;

/// <summary>Builds WireMock response messages for the fakes' callbacks.</summary>
internal static class ProviderFakeResponses
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
    /// Answers a request under <paramref name="fault"/>: a status fault answers at once, with the
    /// provider's error body (from <paramref name="errorBody"/>) when the fault has none; a delay
    /// processes the request with <paramref name="handle"/>, then holds the answer back; a dropped
    /// connection (optionally after processing) promises a body and sends none, so the server aborts
    /// the connection mid-response and the client sees a reset, not an HTTP status. (WireMock's own
    /// EMPTY_RESPONSE and MALFORMED_RESPONSE_CHUNK faults are 200 answers, not resets; WireMock honours
    /// Content-Length only on a response without a body.)
    /// </summary>
    public static async Task<IResponseMessage> WithFaultAsync(Fault? fault, Func<IResponseMessage> handle, Func<int, string> errorBody)
    {
        switch (fault)
        {
            case null:
                return handle();
            case StatusFault status:
                return Json(status.StatusCode, status.Body ?? errorBody(status.StatusCode), status.Headers);
            case DelayFault delay:
                var answer = delay.ProcessRequest ? handle() : null;
                await Task.Delay(delay.Duration).ConfigureAwait(false);
                return answer ?? Json(504, errorBody(504));
            case DropFault drop:
                if (drop.ProcessRequest)
                {
                    handle();
                }

                var cut = new ResponseMessage { StatusCode = 200 };
                cut.AddHeader("Content-Length", "4096");
                return cut;
            default:
                throw new InvalidOperationException($"Unknown fault {fault}.");
        }
    }
}
