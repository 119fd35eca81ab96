using System.Security.Cryptography;
using SkillCert.Core.Identity;
using SkillCert.Core.Signing;
using SkillCert.Generator.Diagnostics;
using SkillCert.Generator.Export;
using SkillCert.Generator.Keys;

namespace SkillCert.Generator.Certificates;

/// <summary>
/// The checked environment of a certificates run: the folders exist, the export opens, the id key is the export's,
/// and the signing key is the export's current key, so that every QR code it signs verifies against the published
/// keys. Any failure is a usage error (exit 2), reported before a roster is read.
/// </summary>
public sealed class CertificateInputs : IDisposable
{
    private CertificateInputs(PreviousExport export, SigningKey signingKey, byte[] idKey)
    {
        Export = export;
        SigningKey = signingKey;
        IdKey = idKey;
    }

    /// <summary>The export the rosters were exported to, open read-only.</summary>
    public PreviousExport Export { get; }

    public SigningKey SigningKey { get; }

    public byte[] IdKey { get; }

    public static CertificateInputs? Resolve(CertificatesRequest request, TextWriter error)
    {
        CertificateInputs? Usage(Phrase message)
        {
            CommandRefusal.Print(error, "certificates", message);
            return null;
        }
        if (!Directory.Exists(request.Rosters)) return Usage(OptionProblem.NoFolder("--rosters", request.Rosters));
        if (!Directory.Exists(request.Content)) return Usage(OptionProblem.NoFolder("--content", request.Content));
        if (!Directory.Exists(request.Templates)) return Usage(OptionProblem.NoFolder("--templates", request.Templates));
        if (File.Exists(request.Out)) return Usage(OptionProblem.IsAFile("--out", request.Out, new("证书", "certificates")));
        var outParent = Path.GetDirectoryName(Path.GetFullPath(request.Out))!;
        if (!Directory.Exists(outParent)) return Usage(OptionProblem.NoParent("--out", request.Out, outParent));
        if (!File.Exists(request.Export)) return Usage(OptionProblem.NoExport(request.Export));

        PreviousExport export;
        try
        {
            export = PreviousExport.Open(request.Export);
        }
        catch (InvalidDataException e)
        {
            return Usage(new Phrase($"--export {request.Export}：{e.Message}", $"--export {request.Export}: {e.Message}"));
        }

        if (KeyFiles.TryReadIdKey(request.IdKey, "--id-key", out var idKeyProblem, out var idKeyOpen) is not { } idKey)
        {
            error.WriteLine(DiagnosticPrinter.Line(idKeyProblem!, DiagnosticStyle.Current));
            return null;
        }
        if (idKeyOpen is not null) error.WriteLine(DiagnosticPrinter.Line(idKeyOpen, DiagnosticStyle.Current));
        if (export.IdKeyId is { } expected && expected != IdHasher.KeyId(idKey))
            return Usage(new Phrase($"--id-key {request.IdKey} 不是导出文件 {request.Export} 用的证件号码密钥（密钥编号 {expected}）；" +
                    "请给出导出时用的那个密钥，这样花名册的行才能对上它们的证书",
                $"--id-key {request.IdKey} is not the id key of the export {request.Export} (id key id {expected}); " +
                "give the key the export was made with, so that rows can be matched to their certificates"));

        SigningKey key;
        try
        {
            key = SigningKey.FromPem(File.ReadAllText(request.SigningKey));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException or ArgumentException)
        {
            var problem = KeyFiles.SigningKeyProblem("--signing-key", request.SigningKey, e);
            return Usage(new Phrase(problem.Zh + "；请给出导出文件所发布公钥对应的私钥（PEM）", problem.En + "; give the private key (PEM) whose public half the export publishes"));
        }
        var published = export.Keys.FirstOrDefault(k => k.KeyId == key.KeyId);
        var current = export.Keys.FirstOrDefault(k => k.Retired is null);
        var currentId = current is null ? "" : $" {current.KeyId}";
        Phrase? refusal = published switch
        {
            null => new Phrase($"--signing-key {request.SigningKey}（密钥编号 {key.KeyId}）不是导出文件 {request.Export} 发布的密钥，它签的二维码没有人会信任；" +
                    $"请用导出文件的当前密钥{currentId}签名，或用这个密钥（--signing-key）重新导出",
                $"--signing-key {request.SigningKey} (key id {key.KeyId}) is not published by the export {request.Export}, " +
                $"so no verifier would trust its QR codes; sign with the export's current key{currentId}, " +
                "or export again with this key (--signing-key)"),
            { Revoked: { } revoked } => new Phrase($"--signing-key {request.SigningKey}（密钥编号 {key.KeyId}）已于 {revoked:yyyy-MM-dd} 吊销，它签的都不被信任；" +
                    $"请用导出文件的当前密钥{currentId}签名",
                $"--signing-key {request.SigningKey} (key id {key.KeyId}) was revoked on {revoked:yyyy-MM-dd}: nothing it signs is trusted; " +
                $"sign with the export's current key{currentId}"),
            { Retired: { } retired } => new Phrase($"--signing-key {request.SigningKey}（密钥编号 {key.KeyId}）已于 {retired:yyyy-MM-dd} 停用；请用导出文件的当前密钥{currentId}签名",
                $"--signing-key {request.SigningKey} (key id {key.KeyId}) was retired on {retired:yyyy-MM-dd}; " +
                $"sign with the export's current key{currentId}"),
            _ => null,
        };
        if (refusal is not null)
        {
            key.Dispose();
            return Usage(refusal);
        }
        return new CertificateInputs(export, key, idKey);
    }

    public void Dispose() => SigningKey.Dispose();
}
