using SkillCert.Core.Diagnostics;

namespace SkillCert.Core.Identity;

/// <summary>
/// What is wrong with an ID key file, as diagnostics naming the file and the setting that gave it (<c>--id-key</c>,
/// <c>SkillCert:IdKey</c>), in Chinese and in English: the command line and the service report the same problems alike.
/// </summary>
public static class IdKeyProblems
{
    public static Diagnostic Missing(string file, string setting) => Error(DiagnosticCodes.IdKeyMissing, file,
        $"证件号码密钥文件 {file} 不存在；请检查 {setting} 写的路径。密钥如果真的丢了，用 skillcert keys new --id-key --out {file} 生成一把新的，再用它重新导出证书数据",
        $"the ID key file {file} does not exist; check the path {setting} gives. If the key is really lost, create a new one with " +
        $"'skillcert keys new --id-key --out {file}' and export the certificates again with it");

    /// <summary>A file that exists but cannot be read; <paramref name="reason"/> says why in both languages.</summary>
    public static Diagnostic Unreadable(string file, string setting, Phrase reason) => Error(DiagnosticCodes.IdKeyUnreadable, file,
        $"证件号码密钥文件 {file} 读不出来（{reason.Zh}）；请确认 {setting} 指向的是密钥文件本身，并且运行程序的用户可以读它",
        $"the ID key file {file} cannot be read ({reason.En}); make sure {setting} names the key file itself and that the user running the program may read it");

    /// <summary>A file whose <paramref name="length"/> bytes are not a key in any of the forms read.</summary>
    public static Diagnostic Malformed(string file, string setting, long length) => Error(DiagnosticCodes.IdKeyMalformed, file,
        $"{setting} 给出的 {file} 不是证件号码密钥：密钥是 {IdHasher.KeyLength} 个字节（skillcert keys new --id-key 写出的样子），" +
        $"或写成 {IdHasher.KeyLength * 2} 位十六进制数字、base64 文字，而这个文件有 {length} 个字节；请换成导出时用的那个密钥文件",
        $"{file}, given by {setting}, holds no ID key: a key is {IdHasher.KeyLength} bytes (as 'skillcert keys new --id-key' writes it), " +
        $"or their {IdHasher.KeyLength * 2} hex digits or base64 text, and this file has {length} bytes; give the key file the export was made with");

    /// <summary>A key file that others than its owner (and, read-only, its group) may read or write; <paramref name="mode"/> as chmod writes it.</summary>
    public static Diagnostic Exposed(string file, string mode) => Error(DiagnosticCodes.IdKeyExposed, file,
        $"证件号码密钥文件 {file} 的权限是 {mode}，所有者以外的人也能读或写它。证件号码的可能取值不多，知道密钥就能从哈希反推出每个证件号码，所以不使用这把密钥。" +
        $"请运行 chmod 0400 {file}（只有所有者能读；0440、0600 也可以；Kubernetes Secret 在卷上设 defaultMode: 0400），再重启服务",
        $"the ID key file {file} has mode {mode}; an ID key may be readable only by its owner and group, and writable only by " +
        $"its owner (0400, 0440 or 0600), because each ID number falls to a few thousand HMACs once the key is known. " +
        $"Run: chmod 0400 {file} (for a Kubernetes Secret, set defaultMode: 0400 on its volume)");

    /// <summary>The command line's warning for a key file whose <paramref name="mode"/> the service would refuse; the run goes on.</summary>
    public static Diagnostic Open(string file, string setting, string mode) => new(Severity.Warning, DiagnosticCodes.IdKeyOpen, file, 0, 0,
        $"{setting} 给出的证件号码密钥文件 {file} 权限是 {mode}，所有者以外的人也能读或写它；知道密钥就能从哈希反推出证件号码。这次照常进行；" +
        $"请运行 chmod 0400 {file}。核验服务不会用这个权限的密钥文件",
        $"the ID key file {file}, given by {setting}, has mode {mode}: others than its owner may read or write it, and the key turns " +
        $"each hash back into its ID number. This run goes on; run chmod 0400 {file}. The verification service refuses a key file with this mode");

    /// <summary>The service without a key: lookups by name and ID number are off, everything else works.</summary>
    public static Diagnostic NotConfigured(string setting) => new(Severity.Warning, DiagnosticCodes.IdKeyNotConfigured, setting, 0, 0,
        $"没有配置证件号码密钥（{setting}），按姓名和证件号码查询不可用；按证书编号查询和扫码核验照常。要开通这项查询，把导出时用的密钥文件路径写进 {setting}",
        $"no ID key is configured ({setting}): lookups by name and ID number are unavailable; lookups by number and QR checks work as usual");

    /// <summary>What opening or reading the file threw, as the problem a person can fix: missing, not readable, or the system's reason.</summary>
    public static Diagnostic Failed(string file, string setting, Exception e) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => Missing(file, setting),
        UnauthorizedAccessException => Unreadable(file, setting, new("没有读取权限，或者它是一个文件夹", "permission denied, or it is a folder")),
        _ => Unreadable(file, setting, new(e.Message, e.Message)),
    };

    /// <summary>A path that names something other than a regular file: a folder, a pipe, a device.</summary>
    public static Diagnostic NotAFile(string file, string setting) =>
        Unreadable(file, setting, new("它不是普通文件，而是文件夹、管道或设备", "it is not a regular file but a folder, a pipe or a device"));

    private static Diagnostic Error(string code, string file, string zh, string en) => new(Severity.Error, code, file, 0, 0, zh, en);
}
