using System.Diagnostics;
using SkillCert.Generator.Build;

namespace SkillCert.Generator.Commands;

/// <summary>Progress as one plain line per stage, for CI logs and redirected output.</summary>
public sealed class PlainProgress(TextWriter output) : IBuildProgress
{
    private readonly Stopwatch _clock = new();
    private string _stage = "";

    public void Started(string stage, int total)
    {
        if (_stage == stage) return;
        _stage = stage;
        _clock.Restart();
    }

    public void Advanced(int count)
    {
    }

    public void Finished(string stage, string summary) =>
        output.WriteLine(StageLabel.Line(stage, summary, _clock.ElapsedMilliseconds));
}
