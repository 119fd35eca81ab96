namespace SkillCert.Generator.Certificates;

/// <summary>
/// The certificates are written to a staging folder beside --out and moved into --out only when every one of them
/// was made, so a failed run leaves --out as it was. Files of --out that this run does not make are kept.
/// </summary>
public sealed class CertificateOutput : IDisposable
{
    private CertificateOutput(string outDir, string staging)
    {
        OutDir = outDir;
        Staging = staging;
    }

    public string OutDir { get; }

    /// <summary>The folder the run writes into; it is removed when the output is disposed.</summary>
    public string Staging { get; }

    public static CertificateOutput Create(string outDir)
    {
        var full = Path.GetFullPath(outDir);
        var staging = Path.Combine(Path.GetDirectoryName(full)!,
            $".{Path.GetFileName(full)}.{Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture)}.tmp");
        // The name carries this process's id, so a folder of that name is a crashed run's leftover.
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        Directory.CreateDirectory(staging);
        return new CertificateOutput(outDir, staging);
    }

    /// <summary>Moves the staged files (paths relative to the staging folder) into --out, replacing files of the same name.</summary>
    public void Publish(IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            var target = Path.Combine(OutDir, file);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
            File.Move(Path.Combine(Staging, file), target, overwrite: true);
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(Staging)) Directory.Delete(Staging, recursive: true);
    }
}
