using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Build;

/// <summary>
/// The build, stage by stage: load → check → render → verify links → compress → write. A stage with errors ends it
/// unpublished.
/// </summary>
public static class BuildPipeline
{
    public static IReadOnlyList<IBuildStage> Stages { get; } =
    [
        new LoadStage(),
        new CheckStage(),
        new RenderStage(),
        new VerifyLinksStage(),
        new CompressedTwins(),
        new WriteStage(),
    ];

    public static BuildResult Run(BuildOptions options, DiagnosticBag bag, IBuildProgress progress)
    {
        var state = new BuildState(options, bag, progress);
        try
        {
            foreach (var stage in Stages)
            {
                stage.Run(state);
                if (bag.HasErrors) return Result(state, ExitCodes.ContentError);
            }
            return Result(state, ExitCodes.Success);
        }
        catch (BuildEnvironmentException e)
        {
            bag.Add(e.Diagnostic);
            return Result(state, ExitCodes.UsageError);
        }
        catch (Exception e) when (Environmental(e) is { } problem)
        {
            bag.Error(DiagnosticCodes.OutputFailed, SourceSpot.OfFile(options.OutDir), $"无法写入网站：{problem.Message}", $"cannot write the site: {problem.Message}");
            return Result(state, ExitCodes.UsageError);
        }
        finally
        {
            // A staging folder that was not swapped into place is a failed build's leftover. A recycled one goes back
            // to being the spare: its content does not matter, since a full build rewrites or removes every file.
            if (state.Staging is { } staging && Directory.Exists(staging))
            {
                if (state.StagingRecycled && !Directory.Exists(state.Folders.Spare)) Directory.Move(staging, state.Folders.Spare);
                else Directory.Delete(staging, recursive: true);
            }
        }
    }

    /// <summary>The file-system failure behind an exception, also when parallel rendering wrapped it.</summary>
    private static Exception? Environmental(Exception e) => e switch
    {
        IOException or UnauthorizedAccessException => e,
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.FirstOrDefault(i => i is IOException or UnauthorizedAccessException),
        _ => null,
    };

    // The compressed twins follow their files, so what a build rendered and wrote, and how many files it has, are counted without them.
    private static BuildResult Result(BuildState state, int exitCode)
    {
        var rendered = state.Rendered.Keys.Where(p => !CompressedTwinNames.IsTwin(p)).Order(StringComparer.Ordinal).ToArray();
        return new(exitCode, rendered, state.Written == 0 ? 0 : rendered.Length, state.Plan.Count);
    }
}
