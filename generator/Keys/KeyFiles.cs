using SkillCert.Core.Identity;
using System.Security.Cryptography;
using SkillCert.Core.Exports;
using SkillCert.Core.Signing;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Keys;

/// <summary>
/// Reads and writes key files. Secrets are written readable by their owner only (mode 600), in a folder only the
/// owner can enter when it has to be created, and an existing key is never overwritten by accident.
/// </summary>
public static class KeyFiles
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>
    /// Writes a secret into a new file beside <paramref name="path"/> and renames it into place, so that the key at
    /// <paramref name="path"/> is the old one or the whole new one, and a symlink there is replaced, never followed.
    /// Returns an error message instead of replacing an existing file (or symlink) without <paramref name="force"/>.
    /// </summary>
    public static string? WriteSecret(string path, ReadOnlySpan<byte> content, bool force)
    {
        var exists = DiagnosticStyle.Current.Say($"{path} 已经存在；不加 --force 不会覆盖已有的密钥",
            $"{path} already exists; a key is not overwritten unless you add --force");
        if (Exists(path) && !force) return exists;
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(folder))
        {
            if (OperatingSystem.IsWindows()) Directory.CreateDirectory(folder);
            else Directory.CreateDirectory(folder, OwnerOnly | UnixFileMode.UserExecute);
        }
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            // CreateNew is O_EXCL: it makes a new file or fails, and never opens through a symlink.
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows()) options.UnixCreateMode = OwnerOnly;
            using (var stream = new FileStream(temporary, options))
            {
                // The umask can only narrow the create mode; set it exactly on the handle.
                if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(stream.SafeFileHandle, OwnerOnly);
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }
            try
            {
                File.Move(temporary, path, overwrite: force);
            }
            catch (IOException) when (!force && Exists(path))
            {
                // Another process wrote a key there meanwhile; without --force it stays.
                return exists;
            }
            return null;
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    /// <summary>True for a file, a folder or a symlink at <paramref name="path"/>, a dangling symlink included.</summary>
    private static bool Exists(string path) => File.Exists(path) || Directory.Exists(path) || new FileInfo(path).LinkTarget is not null;

    /// <summary>The public key (DER SubjectPublicKeyInfo) in a PEM file holding a public or a private P-256 key.</summary>
    public static byte[] ReadPublicKey(string path)
    {
        var text = File.ReadAllText(path);
        return PublicKeyPem.ReadSpki(text);
    }

    /// <summary>
    /// The 32-byte id key that <paramref name="option"/> names, or null with <paramref name="problem"/> saying what is
    /// wrong with the file and how to fix it; <paramref name="warning"/> when others may read it, which the service refuses.
    /// </summary>
    public static byte[]? TryReadIdKey(string path, string option, out Diagnostic? problem, out Diagnostic? warning)
    {
        problem = warning = null;
        if (Directory.Exists(path))
        {
            problem = IdKeyProblems.NotAFile(path, option);
            return null;
        }
        try
        {
            using var file = File.OpenRead(path);
            // The mode of the file read (a symlink's target), from the open handle.
            if (!OperatingSystem.IsWindows() && File.GetUnixFileMode(file.SafeFileHandle) is var mode && !IdKeyModes.Accepts(mode))
                warning = IdKeyProblems.Open(path, option, IdKeyModes.Octal(mode));
            // A pipe (--id-key <(…), a key that never touches the disk) has no length: its size is what was read.
            if (IdHasher.ReadKey(file, out var length) is { } key) return key;
            problem = IdKeyProblems.Malformed(path, option, file.CanSeek ? file.Length : length);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = IdKeyProblems.Failed(path, option, e);
            return null;
        }
    }

    /// <summary>
    /// Why a signing key file given by <paramref name="option"/> (or as an argument, when it is empty) could not be read,
    /// in Chinese and in English: no such file, no permission, or no P-256 key in PEM form; the system's words follow in
    /// brackets for the curious.
    /// </summary>
    public static Phrase SigningKeyProblem(string option, string path, Exception e)
    {
        var given = option.Length == 0 ? path : $"{option} {path}";
        return e switch
        {
            FileNotFoundException or DirectoryNotFoundException => new Phrase($"{given}：没有这个文件；请检查路径，或用 skillcert keys new --out {path} 生成签名密钥",
                $"{given}: no such file; check the path, or create a signing key with 'skillcert keys new --out {path}'"),
            UnauthorizedAccessException => new Phrase($"{given}：没有读取权限，或者它是一个文件夹（{e.Message}）", $"{given}: {e.Message}"),
            CryptographicException or ArgumentException => new Phrase(
                $"{given}：不是签名密钥。签名密钥是 PEM 格式的 ECDSA P-256 密钥，以 -----BEGIN PRIVATE KEY----- 或 -----BEGIN PUBLIC KEY----- 开头，" +
                $"由 skillcert keys new 生成（技术说明：{e.Message}）", $"{given}: {e.Message}"),
            _ => new Phrase($"{given}：读不出来（{e.Message}）", $"{given}: {e.Message}"),
        };
    }

    /// <summary>True for the ways reading a key file fails that the user can fix: missing, unreadable, or not a key.</summary>
    public static bool IsKeyProblem(Exception e) =>
        e is IOException or UnauthorizedAccessException or CryptographicException or InvalidDataException;
}
