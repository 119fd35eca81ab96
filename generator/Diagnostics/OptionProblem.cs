namespace SkillCert.Generator.Diagnostics;

/// <summary>
/// The usage errors that several commands share (a folder or file named by an option that is not there), in the
/// process's language: Chinese unless <c>--lang en</c>.
/// </summary>
public static class OptionProblem
{
    private static DiagnosticStyle Say => DiagnosticStyle.Current;

    /// <summary>"--rosters x：没有这个文件夹".</summary>
    public static string NoFolder(string option, string path) =>
        Say.Say($"{option} {path}：没有这个文件夹", $"{option} {path}: no such folder");

    /// <summary>An --out that names a file where a folder is wanted.</summary>
    public static string IsAFile(string option, string path, Phrase wanted) =>
        Say.Say($"{option} {path} 是一个文件；请给出存放{wanted.Zh}的文件夹", $"{option} {path} is a file; name a folder for the {wanted.En}");

    /// <summary>An --out whose folder does not exist.</summary>
    public static string NoParent(string option, string path, string parent) =>
        Say.Say($"{option} {path}：文件夹 {parent} 不存在", $"{option} {path}: the folder {parent} does not exist");

    /// <summary>An --export that names no file.</summary>
    public static string NoExport(string path) =>
        Say.Say($"--export {path}：没有这个文件；请先运行 skillcert export", $"--export {path}: no such file; run 'skillcert export' first");

    /// <summary>An output that could not be written, with the system's reason.</summary>
    public static string CannotWrite(string path, string reason) =>
        Say.Say($"无法写入 {path}（{reason}）；请检查文件夹的权限和磁盘空间", $"cannot write {path}: {reason}");
}
