using SkillCert.Core.Identity;
using SkillCert.Core.Exports;
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
        byte[]? previousIdKey = null;
        if (request.PreviousIdKey is { } previousIdKeyPath)
        {
            previousIdKey = KeyFiles.TryReadIdKey(previousIdKeyPath, out var previousProblem);
            if (previousIdKey is null) return Usage(previousProblem!.Replace("--id-key", "--previous-id-key", StringComparison.Ordinal));
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
                return Usage($"--out {request.Out} is not an export this version can continue: {e.Message}; move it away to start a new one");
            }
            if (RotationProblem(request, previous.IdKeyId, idKey, previousIdKey) is { } problem) return Usage(problem);
        }
        else if (request.PreviousIdKey is not null)
            return Usage($"--previous-id-key is for re-exporting an existing export with a new id key, and there is no export at {request.Out}");
        return new ExportInputs(spkis, idKey, previous, previousIdKey);
    }

    // An export is continued with the id key it was made with, or rotated to a new one when the old one is given too:
    // rows are then matched to their certificates under the old key, so every certificate keeps its number.
    private static string? RotationProblem(ExportRequest request, string? earlier, byte[] idKey, byte[]? previousIdKey)
    {
        if (earlier is null || earlier == IdHasher.KeyId(idKey))
            return previousIdKey is null ? null
                : $"--previous-id-key {request.PreviousIdKey}: the export at {request.Out} was made with --id-key {request.IdKey} already; leave --previous-id-key out";
        if (previousIdKey is null)
            return $"--id-key {request.IdKey} is not the id key of the export at {request.Out} (id key id {earlier}); use the same id key, " +
                "or, to rotate the id key, give the old one as --previous-id-key";
        if (IdHasher.KeyId(previousIdKey) != earlier)
            return $"--previous-id-key {request.PreviousIdKey} is not the id key of the export at {request.Out} either (id key id {earlier}); " +
                "give the id key the export was made with";
        return null;
    }
}
