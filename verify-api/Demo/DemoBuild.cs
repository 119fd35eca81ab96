using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using SkillCert.Core.Identity;
using SkillCert.Core.Signing;
using SkillCert.Generator.Build;
using SkillCert.Generator.Diagnostics;
using SkillCert.Generator.Export;
using SkillCert.Generator.Keys;

namespace SkillCert.VerifyApi.Demo;

/// <summary>
/// The embedded default: when no export is configured, build demo keys, an export of the invented sample rosters
/// and the site from the real content into the checkout's git-ignored .skillcert/ folder, and serve those.
/// Everything is rebuilt on each start (the site incrementally), so edits to content show on the next run.
/// </summary>
public static class DemoBuild
{
    /// <summary>Builds the demo, or returns null with the reason written to <paramref name="log"/>.</summary>
    public static DemoSite? Prepare(RepositoryLayout repo, DateOnly today, TextWriter log)
    {
        Directory.CreateDirectory(repo.WorkFolder);
        // Two services starting at once from one checkout would otherwise write the same files.
        using var gate = AcquireGate(Path.Combine(repo.WorkFolder, ".demo.lock"));
        var signingKey = Path.Combine(repo.WorkFolder, "demo-signing.pem");
        var idKey = Path.Combine(repo.WorkFolder, "demo-id.key");
        var export = Path.Combine(repo.WorkFolder, "demo-certificates.db");
        var site = Path.Combine(repo.WorkFolder, "site");
        EnsureKeys(signingKey, idKey);

        var errors = new StringWriter();
        var request = new ExportRequest(repo.Rosters, repo.Content, export, [signingKey], idKey, Report: null, today);
        if (ExportRun.Execute(request, TextWriter.Null, errors) != 0)
        {
            log.WriteLine($"The demo export of {repo.Rosters} failed:");
            log.Write(errors.ToString());
            return null;
        }
        var bag = new DiagnosticBag();
        var built = BuildPipeline.Run(new BuildOptions(repo.Content, repo.Templates, site, today, export), bag, SilentProgress.Instance);
        if (!built.Succeeded)
        {
            log.WriteLine($"The demo site build from {repo.Content} failed:");
            DiagnosticPrinter.Print(bag, log);
            if (built.EnvironmentError is { } problem) log.WriteLine(problem);
            return null;
        }
        return new DemoSite(export, site, idKey, signingKey, Samples(export));
    }

    private static void EnsureKeys(string signingKey, string idKey)
    {
        if (!File.Exists(signingKey))
        {
            using var key = SigningKey.Create();
            KeyFiles.WriteSecret(signingKey, Encoding.ASCII.GetBytes(key.ExportPrivateKeyPem()), force: false);
        }
        if (!File.Exists(idKey)) KeyFiles.WriteSecret(idKey, RandomNumberGenerator.GetBytes(IdHasher.KeyLength), force: false);
    }

    /// <summary>A valid certificate, a revoked one, and a valid one from another institution.</summary>
    private static IReadOnlyList<DemoNumber> Samples(string export)
    {
        using var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = export, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        db.Open();
        var samples = new List<DemoNumber>(3);
        using (var valid = db.CreateCommand())
        {
            valid.CommandText = """
                SELECT number FROM certificates WHERE status = 'valid' AND number IN
                  (SELECT MIN(number) FROM certificates WHERE status = 'valid' GROUP BY institution)
                ORDER BY number LIMIT 2
                """;
            using var r = valid.ExecuteReader();
            while (r.Read()) samples.Add(new DemoNumber(r.GetString(0), "valid"));
        }
        using (var revoked = db.CreateCommand())
        {
            revoked.CommandText = "SELECT number FROM certificates WHERE status = 'revoked' ORDER BY number LIMIT 1";
            if (revoked.ExecuteScalar() is string number) samples.Insert(Math.Min(1, samples.Count), new DemoNumber(number, "revoked"));
        }
        return samples;
    }

    private static FileStream AcquireGate(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (attempt < 600)
            {
                Thread.Sleep(100);
            }
        }
    }
}
