using SkillCert.Core.Catalogue;
using SkillCert.Core.Identity;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SkillCert.Core.Exports;
using SkillCert.Core.Institutions;
using SkillCert.Core.Signing;
using SkillCert.Generator.Content;
using SkillCert.Generator.Diagnostics;
using SkillCert.Generator.Keys;

namespace SkillCert.Generator.Export;

/// <summary>
/// One export, start to finish: check the options and keys (exit 2 when they are wrong), load the content, open the
/// previous export read-only, find and check every roster, and write the new export beside the old one, renaming it
/// into place only when there was no error at all (exit 1 otherwise, with the old export untouched).
/// </summary>
public static class ExportRun
{
    public static int Execute(ExportRequest request, TextWriter output, TextWriter error)
    {
        var inputs = ExportInputs.Resolve(request, error);
        if (inputs is null) return ExitCodes.UsageError;

        var bag = new DiagnosticBag();
        var loaded = ContentLoader.Load(request.Content, request.AsOf, bag);
        DiagnosticPrinter.Print(bag, error);
        var errors = bag.Sorted().Select(ExportError.From).ToList();
        if (loaded is null || bag.HasErrors) return Fail(request, errors, error, printed: errors.Count);

        var catalogue = loaded.Catalogue;
        var keys = KeyRotation.Publish(inputs.Previous?.Keys ?? [], inputs.SigningKeys, request.RevokeKeys ?? [], request.AsOf, out var keyError);
        if (keys is null)
        {
            error.WriteLine($"skillcert export: {DiagnosticStyle.Current.Say(keyError!.Zh, keyError.En)}");
            return ExitCodes.UsageError;
        }

        var printed = errors.Count;
        var layout = RosterDiscovery.Discover(request.Rosters, catalogue, errors);
        var revocations = new RevocationList(request.AsOf);
        string? revocationsSha256 = null;
        if (layout.RevocationsPath is { } revocationsPath)
        {
            revocationsSha256 = RevocationsReader.Read(revocationsPath, layout.RevocationsDisplay!, revocations, errors);
            errors.AddRange(revocations.Problems.Select(p => new ExportError(DiagnosticCodes.Revocations, layout.RevocationsDisplay!, p.Origin.Line, p.Column,
                p.SeeAlso is { } other ? $"{p.Message}（见第 {other.Line} 行）" : p.Message,
                p.SeeAlso is { } again ? $"{p.MessageEn} (see line {again.Line})" : p.MessageEn)));
        }
        var jobs = ExportJobs.Plan(layout, revocations.Revocations, inputs.Previous, catalogue, request, errors);
        var context = new ExportContext(catalogue, request.AsOf, inputs.IdKey, inputs.Previous, layout.RevocationsDisplay, inputs.PreviousIdKey);

        var temporary = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(request.Out))!,
            $".{Path.GetFileName(request.Out)}.{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}.tmp");
        var tally = new ExportTally(request.Out);
        try
        {
            // The name carries this process's id, so a file of that name is a crashed run's leftover.
            if (File.Exists(temporary)) File.Delete(temporary);
            using (var writer = ExportWriter.Create(temporary))
            {
                var failed = errors.Any(e => !e.IsWarning);
                ExportPipeline.Run(jobs, context, outcome =>
                {
                    using var certificates = outcome.Certificates;
                    errors.AddRange(outcome.Errors);
                    tally.Add(outcome);
                    failed |= outcome.HasErrors;
                    if (!failed) writer.Add(certificates, outcome.Batches);
                });
                if (failed) return Fail(request, errors, error, printed);
                var meta = Meta(request, catalogue.Site, ContentHash.Of(request.Content, tally.Inputs(revocationsSha256), keys), writer.CertificateCount,
                    keys, inputs.IdKey, tally.SerialFloors);
                writer.Finish(InstitutionTable.Rows(catalogue, request.AsOf, tally.YearsByInstitution), keys, meta);
            }
            File.Move(temporary, request.Out, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SqliteException)
        {
            error.WriteLine($"skillcert export: {OptionProblem.CannotWrite(request.Out, e.Message)}");
            return ExitCodes.UsageError;
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }

        DiagnosticPrinter.Print(errors.Skip(printed).Select(e => e.ToDiagnostic()), error);
        if (request.Report is { } report) ErrorReport.Write(report, errors);
        foreach (var summary in tally.Summaries) ResultsSummaryPrinter.Print(summary, output);
        output.WriteLine(tally.Describe(keys, request.AsOf, catalogue.Site.NumberForm.Name));
        return ExitCodes.Success;
    }

    private static int Fail(ExportRequest request, List<ExportError> errors, TextWriter error, int printed)
    {
        DiagnosticPrinter.Print(errors.Skip(printed).Select(e => e.ToDiagnostic()), error);
        if (request.Report is { } report) ErrorReport.Write(report, errors);
        var count = errors.Count(e => !e.IsWarning);
        error.WriteLine(FailureLine.Of(new Phrase("导出", "export"), count, errors.Count - count, request.Out, File.Exists(request.Out)));
        return ExitCodes.ContentError;
    }

    private static Dictionary<string, string> Meta(ExportRequest request, SiteSettings site, string contentHash, int count,
        IReadOnlyList<PublishedKey> keys, byte[] idKey, IReadOnlyDictionary<string, int> floors) => new(StringComparer.Ordinal)
    {
        [ExportSchema.MetaKeys.SchemaVersion] = ExportSchema.Version.ToString(CultureInfo.InvariantCulture),
        [ExportSchema.MetaKeys.ExportedAt] = request.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        [ExportSchema.MetaKeys.ContentHash] = contentHash,
        [ExportSchema.MetaKeys.NumberForm] = site.NumberForm.Name,
        [ExportSchema.MetaKeys.Site] = ExportedSite.From(site).ToJson(),
        [ExportSchema.MetaKeys.CertificateCount] = count.ToString(CultureInfo.InvariantCulture),
        [ExportSchema.MetaKeys.CurrentKeyId] = keys.Single(k => k.Retired is null).KeyId,
        [ExportSchema.MetaKeys.IdKeyId] = IdHasher.KeyId(idKey),
        [ExportSchema.MetaKeys.SerialFloors] = JsonSerializer.Serialize(new SortedDictionary<string, int>(floors.ToDictionary(), StringComparer.Ordinal), CliJson.Context.SortedDictionaryStringInt32),
    };
}
