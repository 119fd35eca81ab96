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
        ("(REQUIRED)", "（必填）"),
        ("[default: ", "[默认值: "),
        ("Show help and usage information", "显示帮助和用法"),
        ("Show version information", "显示版本号"),
    ];

    // The placeholders after an option or for an argument (--out <文件夹>), instead of the option's own English name.
    public static string Folder => Of("文件夹", "dir");
    public static string File => Of("文件", "file");
    public static string Number => Of("证书编号", "number");
    public static string Code => Of("代码", "code");
    public static string KeyId => Of("密钥编号", "key-id");
    public static string Seq => Of("序号", "seq");
    public static string Port => Of("端口", "port");
    public static string Url => Of("网址", "url");
    public const string Format = "html|pdf";

    /// <summary>A command's or option's help text in the process's language, chosen before the commands are made.</summary>
    public static string Of(string chinese, string english) => DiagnosticStyle.Current.Say(chinese, english);

    /// <summary>The help text with the library's words in Chinese, its columns aligned as a terminal draws them; English help is returned as it is.</summary>
    public static string InChinese(string help)
    {
        foreach (var (en, zh) in Words) help = help.Replace(en, zh, StringComparison.Ordinal);
        return HelpColumns.Align(help);
    }
}
