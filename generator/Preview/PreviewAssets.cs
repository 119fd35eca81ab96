namespace SkillCert.Generator.Preview;

/// <summary>The preview's own script and style, embedded in the tool: they are served at <c>/__skillcert/</c> and never built into a site.</summary>
public static class PreviewAssets
{
    /// <summary>The address prefix of everything the preview serves beside the site; no site path starts with it.</summary>
    public const string Prefix = "/__skillcert/";

    public const string ReloadScript = Prefix + "reload.js";
    public const string Style = Prefix + "preview.css";
    public const string Events = Prefix + "events";
    public const string Changes = Prefix + "changes";
    public const string StateJson = Prefix + "state.json";

    public static byte[] Script { get; } = Read("reload.js");

    public static byte[] Css { get; } = Read("preview.css");

    /// <summary>
    /// A query that names this build of the two files: pages link them with it and browsers keep them for good, so a
    /// reload asks for the page alone (and the site's own assets, revalidated by their fingerprints).
    /// </summary>
    public static string Version { get; } = "?v=" + Site.Fingerprint.OfBytes([.. Script, .. Css])[..12];

    private static byte[] Read(string name)
    {
        using var stream = typeof(PreviewAssets).Assembly.GetManifestResourceStream("SkillCert.Preview." + name)
            ?? throw new InvalidOperationException($"the preview's {name} is not embedded in skillcert");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
