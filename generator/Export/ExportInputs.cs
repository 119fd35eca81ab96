using SkillCert.Core.Identity;
using SkillCert.Core.Exports;
using SkillCert.Generator.Diagnostics;
using SkillCert.Generator.Keys;

namespace SkillCert.Generator.Export;

/// <summary>
/// The checked environment of an export: the folders exist, the keys read, and the file at --out, if any, is an
/// export made with the same id key, or with the --previous-id-key of a rotation. Any failure here is a usage error
/// (exit 2), reported before any roster is read.
/// </summary>
public sealed record ExportInputs(IReadOnlyList<byte[]> SigningKeys, byte[] IdKey, PreviousExport? Previous, byte[]? PreviousIdKey = null)
{
    public static ExportInputs? Resolve(ExportRequest request, TextWriter error)
    {
        ExportInputs? Usage(Phrase message)
        {
            CommandRefusal.Print(error, "export", message);
            return null;
        }
        if (!Directory.Exists(request.Rosters)) return Usage(OptionProblem.NoFolder("--rosters", request.Rosters));
        if (!Directory.Exists(request.Content)) return Usage(OptionProblem.NoFolder("--content", request.Content));
        if (Directory.Exists(request.Out))
            return Usage(new Phrase($"--out {request.Out} 是一个文件夹；请给出导出文件的名字，例如 certificates.db",
                $"--out {request.Out} is a folder; name the export file, like certificates.db"));
        var outFolder = Path.GetDirectoryName(Path.GetFullPath(request.Out))!;
        if (!Directory.Exists(outFolder)) return Usage(OptionProblem.NoParent("--out", request.Out, outFolder));
        if (request.Report is { } report && !Directory.Exists(Path.GetDirectoryName(Path.GetFullPath(report))))
            return Usage(new Phrase($"--report {report}：它所在的文件夹不存在", $"--report {report}: its folder does not exist"));
        if (request.SigningKeys.Count == 0)
            return Usage(new Phrase("至少要给一次 --signing-key；用 skillcert keys new --out .skillcert/signing.pem 生成一个签名密钥",
                "give --signing-key at least once; create a key with 'skillcert keys new --out .skillcert/signing.pem'"));

        var spkis = new List<byte[]>();
        foreach (var path in request.SigningKeys)
        {
            try
            {
                spkis.Add(KeyFiles.ReadPublicKey(path));
            }
            catch (Exception e) when (KeyFiles.IsKeyProblem(e))
            {
                return Usage(KeyFiles.SigningKeyProblem("--signing-key", path, e));
            }
        }
        ExportInputs? Refused(Diagnostic problem)
        {
            error.WriteLine(DiagnosticPrinter.Line(problem, DiagnosticStyle.Current));
            return null;
        }
        if (KeyFiles.TryReadIdKey(request.IdKey, "--id-key", out var idKeyProblem, out var idKeyOpen) is not { } idKey) return Refused(idKeyProblem!);
        if (idKeyOpen is not null) error.WriteLine(DiagnosticPrinter.Line(idKeyOpen, DiagnosticStyle.Current));
        byte[]? previousIdKey = null;
        if (request.PreviousIdKey is { } previousIdKeyPath)
        {
            previousIdKey = KeyFiles.TryReadIdKey(previousIdKeyPath, "--previous-id-key", out var previousProblem, out var previousOpen);
            if (previousIdKey is null) return Refused(previousProblem!);
            if (previousOpen is not null) error.WriteLine(DiagnosticPrinter.Line(previousOpen, DiagnosticStyle.Current));
        }

        PreviousExport? previous = null;
        if (File.Exists(request.Out))
        {
            try
            {
                previous = PreviousExport.Open(request.Out);
            }
            catch (InvalidDataException e)
            {
                return Usage(new Phrase($"--out {request.Out} 不是这个版本能接着导出的文件（{e.Message}）；把它移走，重新开始一个导出",
                    $"--out {request.Out} is not an export this version can continue: {e.Message}; move it away to start a new one"));
            }
            if (RotationProblem(request, previous.IdKeyId, idKey, previousIdKey) is { } problem) return Usage(problem);
        }
        else if (request.PreviousIdKey is not null)
            return Usage(new Phrase($"--previous-id-key 用于换用新的证件号码密钥重新导出已有的导出文件，但 {request.Out} 没有导出文件",
                $"--previous-id-key is for re-exporting an existing export with a new id key, and there is no export at {request.Out}"));
        return new ExportInputs(spkis, idKey, previous, previousIdKey);
    }

    // An export is continued with the id key it was made with, or rotated to a new one when the old one is given too:
    // rows are then matched to their certificates under the old key, so every certificate keeps its number.
    private static Phrase? RotationProblem(ExportRequest request, string? earlier, byte[] idKey, byte[]? previousIdKey)
    {
        if (earlier is null || earlier == IdHasher.KeyId(idKey))
            return previousIdKey is null ? null
                : new Phrase($"--previous-id-key {request.PreviousIdKey}：{request.Out} 本来就是用 --id-key {request.IdKey} 导出的；去掉 --previous-id-key",
                    $"--previous-id-key {request.PreviousIdKey}: the export at {request.Out} was made with --id-key {request.IdKey} already; leave --previous-id-key out");
        if (previousIdKey is null)
            return new Phrase($"--id-key {request.IdKey} 不是 {request.Out} 导出时用的证件号码密钥（密钥编号 {earlier}）；请用同一个密钥，" +
                    "要换新密钥时，把旧密钥用 --previous-id-key 给出",
                $"--id-key {request.IdKey} is not the id key of the export at {request.Out} (id key id {earlier}); use the same id key, " +
                "or, to rotate the id key, give the old one as --previous-id-key");
        if (IdHasher.KeyId(previousIdKey) != earlier)
            return new Phrase($"--previous-id-key {request.PreviousIdKey} 也不是 {request.Out} 导出时用的证件号码密钥（密钥编号 {earlier}）；请给出导出时用的那个密钥",
                $"--previous-id-key {request.PreviousIdKey} is not the id key of the export at {request.Out} either (id key id {earlier}); " +
                "give the id key the export was made with");
        return null;
    }
}
