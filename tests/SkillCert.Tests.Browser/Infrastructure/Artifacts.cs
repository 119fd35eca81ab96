using Microsoft.Playwright;

namespace SkillCert.Tests.Browser.Infrastructure;

/// Screenshots of each journey's last step, kept under tests/SkillCert.Tests.Browser/artifacts/ (git-ignored)
/// so that a person can look at what the tests saw.
internal static class Artifacts
{
    public static string Folder { get; } = Directory.CreateDirectory(RepositoryRoot.Combine("tests", "SkillCert.Tests.Browser", "artifacts")).FullName;

    public static Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, name + ".png"), FullPage = true });

    public static string PathOf(string fileName) => Path.Combine(Folder, fileName);
}
