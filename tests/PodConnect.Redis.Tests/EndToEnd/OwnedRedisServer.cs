using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PodConnect.Redis.Tests.EndToEnd;

/// <summary>
/// A redis-server this test starts, stops and restarts itself (on one free port, no persistence), so a
/// restart loses every key as a crashed cache would. Needs <c>redis-server</c> on the PATH (.ci/run installs it).
/// </summary>
internal sealed class OwnedRedisServer : IDisposable
{
    private Process? _process;

    public OwnedRedisServer()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        Start();
    }

    public int Port { get; }

    public string Address => "127.0.0.1:" + Port;

    public void Start()
    {
        _process = Process.Start(new ProcessStartInfo("redis-server", ["--bind", "127.0.0.1", "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--save", "", "--appendonly", "no"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("redis-server did not start");
        _process.OutputDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        // Waiting for an external process to listen (bounded), not pumping the test's clock.
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var probe = new TcpClient();
                probe.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }

        throw new InvalidOperationException($"redis-server did not listen on {Port} within 5 s");
    }

    /// <summary>Kills the server (no save): every key is gone when it starts again.</summary>
    public void Stop()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill();
            process.WaitForExit(10_000);
        }

        _process?.Dispose();
        _process = null;
    }

    public void Dispose() => Stop();
}
