using SkillCert.Core.Identity;

namespace SkillCert.VerifyApi.Lookups;

/// <summary>
/// Reads the ID key file and checks its mode. A symlink is followed to the regular file it names, as a Kubernetes
/// Secret mount has (<c>id.key → ..data/id.key</c>), and the mode checked is that file's, read from the open handle,
/// so it is the mode of exactly the bytes read. Each ID number falls to a few thousand HMACs once the key is known, so
/// a key file that anyone but its owner (and, read-only, its group) may read or write is refused, not used.
/// </summary>
public static class IdKeyFile
{
    /// <summary>The modes accepted: read by the owner, or by the owner and group, or read and written by the owner.</summary>
    public static IReadOnlyList<UnixFileMode> AcceptedModes { get; } =
    [
        UnixFileMode.UserRead,
        UnixFileMode.UserRead | UnixFileMode.GroupRead,
        UnixFileMode.UserRead | UnixFileMode.UserWrite,
    ];

    private const UnixFileMode Permissions = (UnixFileMode)0b111_111_111;

    // A key is 32 bytes, or 64 hex digits or base64 with a line end; reading stops well before anything large.
    private const int MaxLength = 1024;

    /// <summary>
    /// The key, or null with <paramref name="problem"/> naming the file by its name (for public answers) and
    /// <paramref name="detail"/> by its full path (for the log).
    /// </summary>
    public static byte[]? Read(string path, out string? problem, out string? detail)
    {
        var name = Path.GetFileName(path);
        string? Fail(Func<string, string> message, out string? full)
        {
            full = message(path);
            return message(name);
        }
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            if (!file.CanSeek)
            {
                problem = Fail(f => $"the ID key file {f} is not a regular file", out detail);
                return null;
            }
            if (!OperatingSystem.IsWindows())
            {
                var mode = File.GetUnixFileMode(file.SafeFileHandle) & Permissions;
                if (!AcceptedModes.Contains(mode))
                {
                    problem = Fail(f => ModeProblem(f, mode), out detail);
                    return null;
                }
            }
            var content = new byte[Math.Min(file.Length, MaxLength + 1)];
            var length = file.ReadAtLeast(content, content.Length, throwOnEndOfStream: false);
            if (IdHasher.ParseKey(content[..length]) is { } key)
            {
                problem = detail = null;
                return key;
            }
            problem = Fail(f => $"the ID key file {f} holds neither {IdHasher.KeyLength} bytes nor their hex or base64 text", out detail);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = Fail(f => $"the ID key file {f} cannot be read: {e.Message.Replace(path, f, StringComparison.Ordinal)}", out detail);
            return null;
        }
    }

    /// <summary>The mode as chmod writes it: 0644.</summary>
    public static string Octal(UnixFileMode mode) => Convert.ToString((int)mode, 8).PadLeft(4, '0');

    private static string ModeProblem(string file, UnixFileMode mode) =>
        $"the ID key file {file} has mode {Octal(mode)}; an ID key may be readable only by its owner and group, and writable only by " +
        $"its owner (0400, 0440 or 0600), because each ID number falls to a few thousand HMACs once the key is known. " +
        $"Run: chmod 0400 {file} (for a Kubernetes Secret, set defaultMode: 0400 on its volume)";
}
