using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using WireMock.Server;
using WireMock.Settings;

namespace PodConnect.Testing.Common;

/// <summary>Starts WireMock servers bound to 127.0.0.1 only, on a free port (fakes never listen on the network).</summary>
public static class LoopbackWireMock
{
    /// <summary>
    /// Starts a server on <c>http://127.0.0.1:{free port}</c>, keeping raw request bodies (no JSON
    /// parsing) so signatures can be checked over exact bytes. With <paramref name="faults"/>, each
    /// request first takes its pending fault: connection drops are done at the socket (the client sees
    /// a reset, not a response); other faults are handed to the fake's callback via <see cref="FaultInjector.Current"/>.
    /// </summary>
    public static WireMockServer Start(FaultInjector? faults = null)
    {
        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort();
            try
            {
                return WireMockServer.Start(new WireMockServerSettings
                {
                    Urls = [$"http://127.0.0.1:{port}"],
                    DisableJsonBodyParsing = true,
                    DisableRequestBodyDecompressing = true,
                    AllowBodyForAllHttpMethods = true,
                    MaxRequestLogCount = 10_000,
                    PreWireMockMiddlewareInit = faults is null ? null : app => ((IApplicationBuilder)app).Use((context, next) => ApplyFaultAsync(faults, context, next)),
                });
            }
            catch (IOException) when (attempt < 5)
            {
                // Another process took the port between probe and bind: try another.
            }
        }
    }

    private static async Task ApplyFaultAsync(FaultInjector faults, HttpContext context, RequestDelegate next)
    {
        var fault = faults.TryTake(context.Request.Method, context.Request.Path.Value ?? "/");
        FaultInjector.CurrentFault.Value = fault;
        try
        {
            if (fault is not DropFault)
            {
                await next(context).ConfigureAwait(false);
                return;
            }

            // The fake still sees (and logs) the request, acting on it only when the fault says so
            // (FakeResponses.ServeAsync); its answer is swallowed and the connection reset, so the
            // client never learns the outcome.
            var original = context.Response.Body;
            context.Response.Body = Stream.Null;
            try
            {
                await next(context).ConfigureAwait(false);
            }
            finally
            {
                context.Response.Body = original;
            }

            context.Abort();
        }
        finally
        {
            FaultInjector.CurrentFault.Value = null;
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
