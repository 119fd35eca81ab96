using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Commands;

/// <summary>
/// The few fixed words System.CommandLine writes around our own in <c>--help</c> (headings, labels, its own options'
/// descriptions), in Chinese unless the style is English. Its zh-Hans resources leave most of them English, so the
/// process runs it under the invariant UI culture and puts these in their place, each one a whole line's word or label.
/// </summary>
public static class HelpWords
{
    private static readonly (string En, string Zh)[] Words =
    [
        ("Description:", "说明："),
        ("Usage:", "用法："),
        ("Arguments:", "参数："),
        ("Options:", "选项："),
        ("Commands:", "命令："),
        ("[command]", "[命令]"),
        ("[options]", "[选项]"),
        // Two spaces keep the columns: a terminal shows each of these Chinese marks two columns wide.
        ("(REQUIRED)", "（必填）  "),
        ("[default: ", "[默认值: "),
        ("Show help and usage information", "显示帮助和用法"),
        ("Show version information", "显示版本号"),
    ];

    /// <summary>A command's or option's help text in the process's language, chosen before the commands are made.</summary>
    public static string Of(string chinese, string english) => DiagnosticStyle.Current.Say(chinese, english);

    /// <summary>The help text with the library's words in Chinese; English help is returned as it is.</summary>
    public static string InChinese(string help)
    {
        foreach (var (en, zh) in Words) help = help.Replace(en, zh, StringComparison.Ordinal);
        return help;
    }
}
