namespace SkillCert.Tests.Browser.Infrastructure;

/// The two widths every journey runs at: a phone (390×844) and a desktop (1280×800).
public sealed record Viewport(string Name, int Width, int Height, bool IsPhone)
{
    public static readonly Viewport Phone = new("phone", 390, 844, true);
    public static readonly Viewport Desktop = new("desktop", 1280, 800, false);

    public static TheoryData<string> Names => new() { Phone.Name, Desktop.Name };

    /// <summary>Each width with JavaScript on and off, for the journeys that must work without it.</summary>
    public static TheoryData<string, bool> NamesWithAndWithoutJavaScript()
    {
        var runs = new TheoryData<string, bool>();
        foreach (var viewport in new[] { Phone.Name, Desktop.Name })
        foreach (var javaScript in new[] { true, false })
            runs.Add(viewport, javaScript);
        return runs;
    }

    public static Viewport Named(string name) => name == Phone.Name ? Phone : Desktop;

    public override string ToString() => Name;
}
