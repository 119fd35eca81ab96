using System.Security.Cryptography;
using SkillCert.Core.Identity;
using SkillCert.Core.Signing;
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
        CertificateInputs? Usage(string message)
        {
            error.WriteLine($"skillcert certificates: {message}");
            return null;
        }
        if (!Directory.Exists(request.Rosters)) return Usage($"--rosters {request.Rosters}: no such folder");
        if (!Directory.Exists(request.Content)) return Usage($"--content {request.Content}: no such folder");
        if (!Directory.Exists(request.Templates)) return Usage($"--templates {request.Templates}: no such folder");
        if (File.Exists(request.Out)) return Usage($"--out {request.Out} is a file; name a folder for the certificates");
        var outParent = Path.GetDirectoryName(Path.GetFullPath(request.Out))!;
        if (!Directory.Exists(outParent)) return Usage($"--out {request.Out}: the folder {outParent} does not exist");
        if (!File.Exists(request.Export)) return Usage($"--export {request.Export}: no such file; run 'skillcert export' first");

        PreviousExport export;
        try
        {
            export = PreviousExport.Open(request.Export);
        }
        catch (InvalidDataException e)
        {
            return Usage($"--export {request.Export}: {e.Message}");
        }

        if (KeyFiles.TryReadIdKey(request.IdKey, out var idKeyProblem) is not { } idKey) return Usage(idKeyProblem!);
        if (export.IdKeyId is { } expected && expected != IdHasher.KeyId(idKey))
            return Usage($"--id-key {request.IdKey} is not the id key of the export {request.Export} (id key id {expected}); " +
                "give the key the export was made with, so that rows can be matched to their certificates");

        SigningKey key;
        try
        {
            key = SigningKey.FromPem(File.ReadAllText(request.SigningKey));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException or ArgumentException)
        {
            return Usage($"--signing-key {request.SigningKey}: {e.Message}; give the private key (PEM) whose public half the export publishes");
        }
        var published = export.Keys.FirstOrDefault(k => k.KeyId == key.KeyId);
        var current = export.Keys.FirstOrDefault(k => k.Retired is null);
        string? refusal = published switch
        {
            null => $"--signing-key {request.SigningKey} (key id {key.KeyId}) is not published by the export {request.Export}, " +
                $"so no verifier would trust its QR codes; sign with the export's current key{(current is null ? "" : $" {current.KeyId}")}, " +
                "or export again with this key (--signing-key)",
            { Revoked: { } revoked } => $"--signing-key {request.SigningKey} (key id {key.KeyId}) was revoked on {revoked:yyyy-MM-dd}: nothing it signs is trusted; " +
                $"sign with the export's current key{(current is null ? "" : $" {current.KeyId}")}",
            { Retired: { } retired } => $"--signing-key {request.SigningKey} (key id {key.KeyId}) was retired on {retired:yyyy-MM-dd}; " +
                $"sign with the export's current key{(current is null ? "" : $" {current.KeyId}")}",
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
