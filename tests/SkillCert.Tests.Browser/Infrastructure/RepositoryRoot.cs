namespace SkillCert.Tests.Browser.Infrastructure;

/// The checkout's root, found from the test binaries by walking up to SkillCert.sln.
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "SkillCert.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("SkillCert.sln not found above " + AppContext.BaseDirectory);
    }

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);
}
