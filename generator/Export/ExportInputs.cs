using SkillCert.Core.Identity;
using SkillCert.Core.Exports;
using SkillCert.Generator.Keys;

namespace SkillCert.Generator.Export;

/// <summary>
/// The checked environment of an export: the folders exist, the keys read, and the file at --out, if any, is an
/// export made with the same id key. Any failure here is a usage error (exit 2), reported before any roster is read.
/// </summary>
public sealed record ExportInputs(IReadOnlyList<byte[]> SigningKeys, byte[] IdKey, PreviousExport? Previous)
{
    public static ExportInputs? Resolve(ExportRequest request, TextWriter error)
    {
        ExportInputs? Usage(string message)
        {
            error.WriteLine($"skillcert export: {message}");
            return null;
        }
        if (!Directory.Exists(request.Rosters)) return Usage($"--rosters {request.Rosters}: no such folder");
        if (!Directory.Exists(request.Content)) return Usage($"--content {request.Content}: no such folder");
        if (Directory.Exists(request.Out)) return Usage($"--out {request.Out} is a folder; name the export file, like certificates.db");
        var outFolder = Path.GetDirectoryName(Path.GetFullPath(request.Out))!;
        if (!Directory.Exists(outFolder)) return Usage($"--out {request.Out}: the folder {outFolder} does not exist");
        if (request.Report is { } report && !Directory.Exists(Path.GetDirectoryName(Path.GetFullPath(report))))
            return Usage($"--report {report}: its folder does not exist");
        if (request.SigningKeys.Count == 0) return Usage("give --signing-key at least once; create a key with 'skillcert keys new --out .skillcert/signing.pem'");

        var spkis = new List<byte[]>();
        foreach (var path in request.SigningKeys)
        {
            try
            {
                spkis.Add(KeyFiles.ReadPublicKey(path));
            }
            catch (Exception e) when (KeyFiles.IsKeyProblem(e))
            {
                return Usage($"--signing-key {path}: {e.Message}");
            }
        }
        if (KeyFiles.TryReadIdKey(request.IdKey, out var idKeyProblem) is not { } idKey) return Usage(idKeyProblem!);

        PreviousExport? previous = null;
        if (File.Exists(request.Out))
        {
            try
            {
                previous = PreviousExport.Open(request.Out);
            }
            catch (InvalidDataException e)
            {
                return Usage($"--out {request.Out} is not an export this version can continue: {e.Message}; move it away to start a new one");
            }
            if (previous.IdKeyId is { } earlier && earlier != IdHasher.KeyId(idKey))
                return Usage($"--id-key {request.IdKey} is not the id key of the export at {request.Out} (id key id {earlier}); " +
                    "use the same id key, or move the old export away to start a new series");
        }
        return new ExportInputs(spkis, idKey, previous);
    }
}
