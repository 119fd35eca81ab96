using SkillCert.Core.Diagnostics;
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
    /// <summary>The setting that names the file, as problems cite it.</summary>
    public const string Setting = "SkillCert:IdKey";

    /// <summary>
    /// The key, or null with <paramref name="problem"/> naming the file by its name (for public answers) and
    /// <paramref name="detail"/> by its full path (for the log).
    /// </summary>
    public static byte[]? Read(string path, out Diagnostic? problem, out Diagnostic? detail)
    {
        var found = Found(path);
        if (found is { Problem: null }) detail = problem = null;
        else
        {
            var name = Path.GetFileName(path);
            detail = found.Problem!(path);
            problem = found.Problem(name);
        }
        return found.Key;
    }

    private static (byte[]? Key, Func<string, Diagnostic>? Problem) Found(string path)
    {
        static (byte[]?, Func<string, Diagnostic>) Fail(Func<string, Diagnostic> of) => (null, of);
        if (Directory.Exists(path)) return Fail(f => IdKeyProblems.NotAFile(f, Setting));
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
            if (!file.CanSeek) return Fail(f => IdKeyProblems.NotAFile(f, Setting));
            if (!OperatingSystem.IsWindows())
            {
                var mode = File.GetUnixFileMode(file.SafeFileHandle);
                if (!IdKeyModes.Accepts(mode)) return Fail(f => IdKeyProblems.Exposed(f, IdKeyModes.Octal(mode)));
            }
            if (IdHasher.ReadKey(file, out _) is { } key) return (key, null);
            var size = file.Length;
            return Fail(f => IdKeyProblems.Malformed(f, Setting, size));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The system's reason names the full path; a public answer names the file alone.
            return Fail(f => IdKeyProblems.Failed(f, Setting, e is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException
                ? e : new IOException(e.Message.Replace(path, f, StringComparison.Ordinal))));
        }
    }
}
