using System.Text;
using WireMock;
using WireMock.ResponseBuilders;
using WireMock.Types;
using WireMock.Util;

namespace PodConnect.Testing.Common;

/// <summary>Builds WireMock response messages for callback-based fakes, and applies <see cref="Fault"/>s.</summary>
public static class FakeResponses
{
    /// <summary>A response with a body (JSON by default).</summary>
    public static ResponseMessage Create(int statusCode, string? body, IReadOnlyDictionary<string, string>? headers = null, string contentType = "application/json")
    {
        var message = new ResponseMessage { StatusCode = statusCode };
        if (body is not null)
        {
            message.BodyData = new BodyData { BodyAsString = body, DetectedBodyType = BodyType.String, Encoding = Encoding.UTF8 };
            message.AddHeader("Content-Type", contentType);
        }

        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            message.AddHeader(name, value);
        }

        return message;
    }

    /// <summary>
    /// Serves a request through <paramref name="fault"/> (or normally when it is null):
    /// <paramref name="process"/> computes the normal answer and is called only when the fault lets the
    /// request be processed. A status fault without a body answers with <paramref name="errorBody"/>'s body
    /// for that status (the API's own error shape), when given. A delay answers late (after processing,
    /// or with a 504 when the fault does not process). A dropped connection is normally done at the socket
    /// by <see cref="LoopbackWireMock"/>; one that reaches this point promises a body and sends none, so
    /// the server aborts the connection mid-response and the client sees a reset, not an HTTP status.
    /// </summary>
    public static async Task<IResponseMessage> ServeAsync(Fault? fault, Func<ResponseMessage> process, Func<int, string>? errorBody = null)
    {
        ArgumentNullException.ThrowIfNull(process);
        switch (fault)
        {
            case null:
                return process();
            case StatusFault s:
                return Create(s.StatusCode, s.Body ?? errorBody?.Invoke(s.StatusCode), s.Headers);
            case RawBodyFault raw:
                var bytes = new ResponseMessage
                {
                    StatusCode = raw.StatusCode,
                    BodyData = new BodyData { BodyAsBytes = raw.Body, DetectedBodyType = BodyType.Bytes },
                };
                bytes.AddHeader("Content-Type", "application/json");
                return bytes;
            case DelayFault d:
                var answer = d.ProcessRequest ? process() : null;
                await Task.Delay(d.Duration).ConfigureAwait(false);
                return answer ?? Create(504, errorBody?.Invoke(504));
            case DropFault drop:
                if (drop.ProcessRequest)
                {
                    process();
                }

                var cut = new ResponseMessage { StatusCode = 200 };
                cut.AddHeader("Content-Length", "4096");
                return cut;
            default:
                throw new NotSupportedException($"Unknown fault {fault.GetType().Name}.");
        }
    }
}
