using System.Runtime.InteropServices;

namespace SkillCert.Generator.Build;

/// <summary>Swaps two folders in one atomic step with Linux's renameat2(RENAME_EXCHANGE), where the system offers it.</summary>
public static partial class FolderExchange
{
    private const int CurrentDirectory = -100; // AT_FDCWD
    private const uint Exchange = 2; // RENAME_EXCHANGE

    /// <summary>True when the two folders traded places; false when the system cannot do it, and nothing moved.</summary>
    public static bool TryExchange(string first, string second)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            return RenameAt2(CurrentDirectory, Path.GetFullPath(first), CurrentDirectory, Path.GetFullPath(second), Exchange) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "renameat2", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);
}
