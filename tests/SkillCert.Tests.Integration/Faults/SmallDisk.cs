using System.Diagnostics;

namespace SkillCert.Tests.Integration.Faults;

/// <summary>
/// A folder on a disk of its own that a test can fill up and make read-only: a tiny tmpfs mounted for the test when
/// the process may mount (root in a container, as here). Without that right, the folder is an ordinary one: it is
/// "filled" by leaving a copy cut short, as a copy onto a full disk leaves it, and made read-only by its permission
/// bits, which bind everyone but root. <see cref="IsRealDisk"/> says which of the two a run got. Linux only, like the service.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
internal sealed class SmallDisk : IDisposable
{
    private SmallDisk(string path, bool mounted)
    {
        Path = path;
        IsRealDisk = mounted;
    }

    public string Path { get; }

    /// <summary>True when the folder is a real, separately mounted file system that can run out of space and refuse writes.</summary>
    public bool IsRealDisk { get; }

    public static SmallDisk Create(long bytes)
    {
        var path = Directory.CreateTempSubdirectory("skillcert-disk-").FullName;
        var mounted = Environment.IsPrivilegedProcess && Run("mount", "-t", "tmpfs", "-o", $"size={bytes},mode=0777", "tmpfs", path);
        return new SmallDisk(path, mounted);
    }

    /// <summary>
    /// Copies <paramref name="source"/> to <paramref name="name"/> on this disk after filling it, as a copy onto a full disk
    /// goes: the copy stops when the space runs out. Returns the bytes that made it.
    /// </summary>
    public long CopyOntoFullDisk(string source, string name)
    {
        var target = System.IO.Path.Combine(Path, name);
        var keep = new FileInfo(source).Length / 2;
        if (IsRealDisk)
        {
            // Leave room for half the file, then let the copy run into the wall.
            var free = new DriveInfo(Path).AvailableFreeSpace;
            WriteFilled(System.IO.Path.Combine(Path, "filler"), Math.Max(0, free - keep));
        }
        using var from = File.OpenRead(source);
        using var to = new FileStream(target, FileMode.Create);
        var buffer = new byte[4096];
        long written = 0;
        try
        {
            int n;
            while ((n = from.Read(buffer)) > 0 && (IsRealDisk || written + n <= keep))
            {
                to.Write(buffer, 0, n);
                to.Flush();
                written += n;
            }
        }
        catch (IOException)
        {
            // No space left on the device: what was written stays, as cp leaves it.
        }
        return written;
    }

    /// <summary>Frees the space the filler took.</summary>
    public void Free() => File.Delete(System.IO.Path.Combine(Path, "filler"));

    public void MakeReadOnly()
    {
        if (IsRealDisk) Require(Run("mount", "-o", "remount,ro", Path), "remount read-only");
        else File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);
    }

    public void MakeWritable()
    {
        if (IsRealDisk) Require(Run("mount", "-o", "remount,rw", Path), "remount read-write");
        else File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    /// <summary>True when a write into the folder is refused, which proves the read-only state is real for this process.</summary>
    public bool RefusesWrites()
    {
        try
        {
            File.WriteAllText(System.IO.Path.Combine(Path, "probe"), "x");
            File.Delete(System.IO.Path.Combine(Path, "probe"));
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }

    public void Dispose()
    {
        if (IsRealDisk) Run("umount", "-l", Path);
        else MakeWritable();
        Directory.Delete(Path, recursive: true);
    }

    private static void WriteFilled(string path, long length)
    {
        // A sparse file takes no space on tmpfs; the filler must hold real bytes.
        using var file = new FileStream(path, FileMode.Create);
        var block = new byte[1 << 16];
        Array.Fill(block, (byte)0x5A);
        try
        {
            for (long done = 0; done < length; done += block.Length) file.Write(block, 0, (int)Math.Min(block.Length, length - done));
        }
        catch (IOException)
        {
            // The disk is full sooner than its free space said (metadata); that is the point.
        }
    }

    private static void Require(bool done, string what)
    {
        if (!done) throw new InvalidOperationException($"could not {what} the test disk");
    }

    private static bool Run(string command, params string[] args)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in args) start.ArgumentList.Add(a);
        try
        {
            using var process = Process.Start(start)!;
            process.WaitForExit(10_000);
            return process.HasExited && process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
