using System.Net;
using System.Net.Sockets;

namespace Governance.Host.Database;

/// <summary>A TCP port of 127.0.0.1 nobody listens on at this moment (someone may take it before it is bound).</summary>
internal static class FreePorts
{
    public static int Next()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }
}
