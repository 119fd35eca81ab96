using SkillCert.Generator.Build;
using SkillCert.Generator.Diagnostics;
using Spectre.Console;

namespace SkillCert.Generator.Commands;

/// <summary>Progress as a live Spectre.Console display: one bar per stage, advanced from any rendering thread.</summary>
public sealed class TerminalProgress(ProgressContext context) : IBuildProgress
{
    private ProgressTask? _task;
    private string _stage = "";

    public void Started(string stage, int total)
    {
        if (_task is not null && _stage == stage)
        {
            // A stage that learns its size after it started (render plans first) announces it again.
            _task.MaxValue = Math.Max(total, 1);
            return;
        }
        _stage = stage;
        _task = context.AddTask(Markup.Escape(StageLabel.Of(stage)), maxValue: Math.Max(total, 1));
    }

    public void Advanced(int count) => _task?.Increment(count);

    public void Finished(string stage, string summary)
    {
        if (_task is null || _stage != stage) Started(stage, 1);
        _task!.Description = Markup.Escape(DiagnosticStyle.Current.Say($"{StageLabel.Of(stage)}：{summary}", $"{stage}: {summary}"));
        _task.Value = _task.MaxValue;
        _task.StopTask();
    }

    /// <summary>True when a person watches: standard error is a terminal and no CI variable is set.</summary>
    public static bool IsWanted =>
        !Console.IsErrorRedirected && !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
}
