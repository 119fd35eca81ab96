using System.Security.Cryptography;
using System.Text;
using SkillCert.Core.Diagnostics;
using SkillCert.Core.Identity;
using SkillCert.Core.Signing;
using SkillCert.Generator.Build;
using SkillCert.Generator.Diagnostics;
using SkillCert.Generator.Export;
using SkillCert.Generator.Keys;
using SkillCert.VerifyApi.Configuration;

namespace SkillCert.Demo;

/// <summary>
/// The embedded default: when no export is configured, build demo keys, an export of the invented sample rosters
/// and the site from the real content into the checkout's git-ignored .skillcert/ folder, and serve those.
/// Everything is rebuilt on each start (the site incrementally), so edits to content show on the next run. The rosters
/// are exported from a copy in which one batch's publicity is running on <c>today</c> (<see cref="DemoRosters"/>).
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
        // A second key, published as revoked, so the demo shows what a QR code signed with a leaked key gets.
        var leakedKey = Path.Combine(repo.WorkFolder, "demo-leaked-signing.pem");
        var idKey = Path.Combine(repo.WorkFolder, "demo-id.key");
        var export = Path.Combine(repo.WorkFolder, "demo-certificates.db");
        var site = Path.Combine(repo.WorkFolder, "site");
        EnsureKeys(signingKey, leakedKey, idKey);
        var rosters = DemoRosters.Prepare(repo, Path.Combine(repo.WorkFolder, "rosters"), today);
        using var leaked = SigningKey.FromPem(File.ReadAllText(leakedKey));

        var errors = new StringWriter();
        var request = new ExportRequest(rosters, repo.Content, export, [leakedKey, signingKey], idKey, Report: null, today,
            RevokeKeys: [leaked.KeyId]);
        if (ExportRun.Execute(request, TextWriter.Null, errors) != 0)
        {
            log.WriteLine(DiagnosticStyle.Current.Say($"演示无法启动：用示例花名册 {repo.Rosters}（复制到 {rosters}）和内容 {repo.Content} 导出证书数据时出错，问题如下：",
                $"the demo cannot start: exporting the sample rosters {repo.Rosters} (copied to {rosters}) with the content {repo.Content} failed:"));
            log.Write(errors.ToString());
            return null;
        }
        var bag = new DiagnosticBag();
        var built = BuildPipeline.Run(new BuildOptions(repo.Content, repo.Templates, site, today, export) { ServedTogether = true }, bag, SilentProgress.Instance);
        if (!built.Succeeded)
        {
            log.WriteLine(DiagnosticStyle.Current.Say($"演示无法启动：{repo.Content} 的内容有 {bag.ErrorCount} 个错误，演示站点没有生成，问题如下：",
                $"the demo cannot start: the content {repo.Content} has {bag.ErrorCount} errors, so the demo site was not built:"));
            DiagnosticPrinter.Print(bag, log);
            return null;
        }
        return new DemoSite(export, site, idKey, signingKey, DemoSamples.From(export, File.ReadAllText(signingKey), File.ReadAllText(leakedKey)))
        {
            LeakedSigningKey = leakedKey,
            Rosters = rosters,
        };
    }

    private static void EnsureKeys(string signingKey, string leakedKey, string idKey)
    {
        foreach (var path in new[] { signingKey, leakedKey })
        {
            if (File.Exists(path)) continue;
            using var key = SigningKey.Create();
            KeyFiles.WriteSecret(path, Encoding.ASCII.GetBytes(key.ExportPrivateKeyPem()), force: false);
        }
        if (!File.Exists(idKey)) KeyFiles.WriteSecret(idKey, RandomNumberGenerator.GetBytes(IdHasher.KeyLength), force: false);
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
