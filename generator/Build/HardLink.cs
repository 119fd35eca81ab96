using System.Runtime.InteropServices;

namespace SkillCert.Generator.Build;

/// <summary>
/// Adds a second name to an existing file. Unchanged pages join the staged site this way: no byte is copied
/// or written, and the published file keeps its content and its time.
/// </summary>
internal static partial class HardLink
{
    [LibraryImport("libc", EntryPoint = "link", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string existing, string created);

    /// <summary>Links <paramref name="created"/> to <paramref name="existing"/>; false when the file system cannot, so the caller copies.</summary>
    public static bool TryCreate(string existing, string created)
    {
        if (OperatingSystem.IsWindows() || !File.Exists(existing)) return false;
        try
        {
            return Link(existing, created) == 0;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }
}
