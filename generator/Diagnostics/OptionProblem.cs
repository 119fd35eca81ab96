namespace SkillCert.Generator.Diagnostics;

/// <summary>
/// The usage errors that several commands share (a folder or file named by an option that is not there), in Chinese and in English.
/// </summary>
public static class OptionProblem
{
    /// <summary>"--rosters x：没有这个文件夹".</summary>
    public static Phrase NoFolder(string option, string path) =>
        new Phrase($"{option} {path}：没有这个文件夹", $"{option} {path}: no such folder");

    /// <summary>An --out that names a file where a folder is wanted.</summary>
    public static Phrase IsAFile(string option, string path, Phrase wanted) =>
        new Phrase($"{option} {path} 是一个文件；请给出存放{wanted.Zh}的文件夹", $"{option} {path} is a file; name a folder for the {wanted.En}");

    /// <summary>An --out whose folder does not exist.</summary>
    public static Phrase NoParent(string option, string path, string parent) =>
        new Phrase($"{option} {path}：文件夹 {parent} 不存在", $"{option} {path}: the folder {parent} does not exist");

    /// <summary>An --export that names no file.</summary>
    public static Phrase NoExport(string path) =>
        new Phrase($"--export {path}：没有这个文件；请先运行 skillcert export", $"--export {path}: no such file; run 'skillcert export' first");

    /// <summary>An output that could not be written, with the system's reason.</summary>
    public static Phrase CannotWrite(string path, string reason) =>
        new Phrase($"无法写入 {path}（{reason}）；请检查文件夹的权限和磁盘空间", $"cannot write {path}: {reason}");
}
