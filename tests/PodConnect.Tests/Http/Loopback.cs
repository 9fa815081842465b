using System.Net;
using System.Net.Sockets;
using WireMock.Server;
using WireMock.Settings;

namespace PodConnect.Tests.Http;

/// <summary>A WireMock server bound to 127.0.0.1 on a free port (hub tests cannot use PodConnect.Testing).</summary>
internal static class Loopback
{
    public static WireMockServer Start()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{port}"] });
    }
}
