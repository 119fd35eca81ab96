namespace SkillCert.VerifyApi.Configuration;

/// <summary>Where a checkout keeps its content, templates and git-ignored working folder, found from the service's folder.</summary>
public sealed record RepositoryLayout(string Root)
{
    public string Content => Path.Combine(Root, "content");

    public string Rosters => Path.Combine(Content, "samples", "rosters");

    public string Templates => Path.Combine(Root, "site-templates");

    /// <summary>The git-ignored folder for demo keys, the demo export and the built site; tests point it elsewhere.</summary>
    public string WorkFolder { get; init; } = Path.Combine(Root, ".skillcert");

    /// <summary>The checkout that holds <paramref name="start"/>, or null when the service runs outside one.</summary>
    public static RepositoryLayout? Find(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "content", "site.yml")) && Directory.Exists(Path.Combine(dir.FullName, "site-templates")))
                return new RepositoryLayout(dir.FullName);
        }
        return null;
    }
}
