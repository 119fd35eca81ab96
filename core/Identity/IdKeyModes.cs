namespace SkillCert.Core.Identity;

/// <summary>
/// The permissions an ID key file may have: read by its owner, by its owner and group, or read and written by its owner.
/// Each ID number falls to a few thousand HMACs once the key is known, so a key others may read is as good as published.
/// </summary>
public static class IdKeyModes
{
    public static IReadOnlyList<UnixFileMode> Accepted { get; } =
    [
        UnixFileMode.UserRead,
        UnixFileMode.UserRead | UnixFileMode.GroupRead,
        UnixFileMode.UserRead | UnixFileMode.UserWrite,
    ];

    private const UnixFileMode Permissions = (UnixFileMode)0b111_111_111;

    public static bool Accepts(UnixFileMode mode) => Accepted.Contains(mode & Permissions);

    /// <summary>The permissions as chmod writes them: 0644.</summary>
    public static string Octal(UnixFileMode mode) => Convert.ToString((int)(mode & Permissions), 8).PadLeft(4, '0');
}
