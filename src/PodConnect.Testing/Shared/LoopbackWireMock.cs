using System.Net;
using System.Net.Sockets;
using WireMock.Server;
using WireMock.Settings;

namespace PodConnect.Testing.Common;

/// <summary>Starts WireMock servers bound to 127.0.0.1 only, on a free port (fakes never listen on the network).</summary>
public static class LoopbackWireMock
{
    /// <summary>Starts a server on <c>http://127.0.0.1:{free port}</c>, keeping raw request bodies (no JSON parsing) so signatures can be checked over exact bytes.</summary>
    public static WireMockServer Start()
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
                });
            }
            catch (IOException) when (attempt < 5)
            {
                // Another process took the port between probe and bind: try another.
            }
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
