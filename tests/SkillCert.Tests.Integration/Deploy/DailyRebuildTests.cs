using SkillCert.Generator.Commands;
using SkillCert.Tests.Integration.Build;

namespace SkillCert.Tests.Integration.Deploy;

/// The systemd units in deploy/systemd rebuild the catalogue once a day, so that a static site's 即将到期 and 已过期 follow
/// the calendar. systemd's own analyser checks the units; the command line they run is checked against skillcert's.
public class DailyRebuildTests
{
    private static readonly string Units = Path.Combine(RepositoryPaths.Root, "deploy", "systemd");

    private static Dictionary<string, string> Settings(string unit) =>
        File.ReadAllLines(Path.Combine(Units, unit))
            .Where(l => l.Contains('=', StringComparison.Ordinal) && !l.StartsWith('#'))
            .Select(l => l.Split('=', 2))
            .GroupBy(p => p[0].Trim(), p => p[1].Trim())
            .ToDictionary(g => g.Key, g => g.Last());

    private static string[] BuildArguments() => Settings("skillcert-rebuild.service")["ExecStart"].Split(' ', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public async Task Systemd_accepts_the_service_and_its_timer()
    {
        // The analyser also checks that ExecStart's program exists; on this machine skillcert is not installed in /opt.
        var scratch = Directory.CreateTempSubdirectory("skillcert-systemd-");
        try
        {
            foreach (var unit in new[] { "skillcert-rebuild.service", "skillcert-rebuild.timer" })
                File.WriteAllText(Path.Combine(scratch.FullName, unit),
                    File.ReadAllText(Path.Combine(Units, unit)).Replace("/opt/skillcert/skillcert ", "/bin/true ", StringComparison.Ordinal));
            var (exit, stdout, stderr) = await ExternalTool.RunAsync("systemd-analyze",
                ["verify", Path.Combine(scratch.FullName, "skillcert-rebuild.service"), Path.Combine(scratch.FullName, "skillcert-rebuild.timer")]);
            Assert.True(exit == 0 && stderr.Length == 0, stdout + stderr);
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task The_timer_fires_each_day_just_after_midnight_in_Shanghai_and_catches_up_after_a_missed_day()
    {
        var timer = Settings("skillcert-rebuild.timer");
        Assert.Equal("true", timer["Persistent"]);
        var (exit, stdout, stderr) = await ExternalTool.RunAsync("systemd-analyze", ["calendar", "--iterations=2", timer["OnCalendar"]]);
        Assert.True(exit == 0, stderr);
        var normalised = stdout.Split('\n').Single(l => l.Contains("Normalized form", StringComparison.Ordinal));
        Assert.EndsWith("*-*-* 00:05:00 Asia/Shanghai", normalised.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_rebuild_computes_statuses_on_the_day_in_Shanghai()
    {
        Assert.Equal("TZ=Asia/Shanghai", Settings("skillcert-rebuild.service")["Environment"]);
        Assert.DoesNotContain("--as-of", BuildArguments());
    }

    [Fact]
    public void The_rebuild_runs_skillcert_build_with_options_it_has()
    {
        var arguments = BuildArguments();
        Assert.Equal("/opt/skillcert/skillcert", arguments[0]);
        var parsed = SkillcertCommand.Create().Parse(arguments[1..]);
        Assert.True(parsed.Errors.Count == 0, string.Join('\n', parsed.Errors.Select(e => e.Message)));
        Assert.Equal("build", parsed.CommandResult.Command.Name);
        foreach (var required in new[] { "--content", "--templates", "--export", "--out" }) Assert.Contains(required, arguments);
    }

    [Fact]
    public void The_rebuild_may_write_where_the_build_writes_and_nowhere_else()
    {
        var arguments = BuildArguments();
        var output = arguments[Array.IndexOf(arguments, "--out") + 1];
        var service = Settings("skillcert-rebuild.service");
        Assert.Equal("strict", service["ProtectSystem"]);
        // The build keeps its cache and staging in .skillcert/ beside the published folder, so it needs the parent.
        Assert.Equal(Path.GetDirectoryName(output), service["ReadWritePaths"]);
    }
}
