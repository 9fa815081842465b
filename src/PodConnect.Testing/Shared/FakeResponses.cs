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
    /// <paramref name="process"/> computes the normal answer and is called only when the fault lets the request be processed.
    /// </summary>
    public static async Task<IResponseMessage> ServeAsync(Fault? fault, Func<ResponseMessage> process)
    {
        ArgumentNullException.ThrowIfNull(process);
        switch (fault)
        {
            case null:
                return process();
            case StatusFault s:
                return Create(s.StatusCode, s.Body, s.Headers);
            case DelayFault d:
                var answer = process();
                await Task.Delay(d.Duration).ConfigureAwait(false);
                return answer;
            case DropFault drop:
                if (drop.ProcessRequest)
                {
                    process();
                }

                var dropped = new ResponseMessage { StatusCode = 200, FaultType = FaultType.MALFORMED_RESPONSE_CHUNK, FaultPercentage = 1.0 };
                return dropped;
            default:
                throw new NotSupportedException($"Unknown fault {fault.GetType().Name}.");
        }
    }
}
