using System.Net;
using System.Net.Sockets;

namespace SkillCert.Tests.Integration.Deploy;

/// A loopback port that nothing listens on: the kernel's pick, given back at once, for a process that must keep one
/// fixed port across restarts (a replica behind a balancer that names it).
internal static class LoopbackPort
{
    public static int Free()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
