using System.CommandLine;
using SkillCert.Generator.Content;

namespace SkillCert.Generator.Commands;

/// <summary>Options that several commands share, defined once so their names, defaults and help agree.</summary>
public static class CommonOptions
{
    /// <summary>Where <c>skillcert build</c> publishes by default, and so where <c>skillcert check</c> looks for the published site.</summary>
    public const string DefaultSite = "_site";

    public static Option<string> Content() => new("--content")
    {
        HelpName = HelpWords.Folder,
        Description = HelpWords.Of("内容文件夹（site.yml、occupations.yml、institutions/、pages/）", "The content folder (site.yml, occupations.yml, institutions/, pages/)"),
        DefaultValueFactory = _ => "content",
    };

    public static Option<DateOnly> AsOf() => new("--as-of")
    {
        HelpName = IsoDates.Format,
        Description = HelpWords.Of("按哪一天计算机构状态，写成 yyyy-MM-dd（默认：今天）", "The day statuses are computed for, as yyyy-MM-dd (default: today)"),
        DefaultValueFactory = _ => DateOnly.FromDateTime(DateTime.Now),
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (ContentDate.TryParse(text, out var day)) return day;
            result.AddError($"--as-of \"{text}\" is not a date; write it as yyyy-MM-dd");
            return default;
        },
    };

    public static Option<string> Templates() => new("--templates")
    {
        HelpName = HelpWords.Folder,
        Description = HelpWords.Of("网站的模板文件夹（*.html、partials/ 和 assets/）", "The Scriban templates (*.html, partials/) and assets/ of the site"),
        DefaultValueFactory = _ => "site-templates",
    };

    public static Option<string?> Export() => new("--export")
    {
        HelpName = HelpWords.File,
        Description = HelpWords.Of("skillcert export 生成的证书导出文件（.db）：用于统计、两年未发证规则和 /keys.json", "A certificate export (.db) from 'skillcert export': statistics, the two-year inactivity rule and /keys.json"),
    };
}
