using SkillCert.Generator.Commands;
using YamlDotNet.RepresentationModel;

namespace SkillCert.Tests.Integration.Deploy;

/// The manifests in deploy/k8s render with kubectl's Kustomize and every object they make is valid against the
/// Kubernetes schemas, offline, checked by the npm package kubernetes-models (tests/deploy/validate.mjs).
public class KubernetesManifestTests
{
    public static TheoryData<string> Overlays => new() { "city", "province" };

    private static async Task<string> RenderAsync(string overlay)
    {
        var (exit, stdout, stderr) = await ExternalTool.RunAsync("kubectl", ["kustomize", $"deploy/k8s/overlays/{overlay}"]);
        Assert.True(exit == 0, $"kubectl kustomize {overlay} failed: {stderr}");
        return stdout;
    }

    private static Task<(int ExitCode, string Stdout, string Stderr)> ValidateAsync(string manifests) =>
        ExternalTool.RunAsync("node", ["tests/deploy/validate.mjs"], manifests);

    [Theory, MemberData(nameof(Overlays))]
    public async Task Every_object_of_an_overlay_is_valid_against_the_Kubernetes_schemas(string overlay)
    {
        var (exit, report, _) = await ValidateAsync(await RenderAsync(overlay));
        Assert.True(exit == 0, report);
        Assert.Contains("Deployment/verify: valid", report, StringComparison.Ordinal);
        Assert.Contains("PodDisruptionBudget/verify: valid", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_schema_check_refuses_a_field_of_the_wrong_type()
    {
        var wrong = (await RenderAsync("city")).Replace("  replicas: 2\n", "  replicas: two\n", StringComparison.Ordinal);
        var (exit, report, _) = await ValidateAsync(wrong);
        Assert.Equal(1, exit);
        Assert.Contains("replicas must be integer", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_city_runs_two_replicas_without_autoscaling()
    {
        var city = await RenderAsync("city");
        Assert.DoesNotContain("kind: HorizontalPodAutoscaler", city, StringComparison.Ordinal);
        Assert.Contains("  replicas: 2\n", city, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_province_autoscales_the_service_from_3_to_20()
    {
        var province = await RenderAsync("province");
        Assert.Contains("kind: HorizontalPodAutoscaler", province, StringComparison.Ordinal);
        Assert.Contains("minReplicas: 3\n", province, StringComparison.Ordinal);
        Assert.Contains("maxReplicas: 20\n", province, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Overlays))]
    public async Task The_ID_key_is_mounted_from_a_Secret_the_repository_does_not_hold(string overlay)
    {
        var rendered = await RenderAsync(overlay);
        Assert.DoesNotContain("kind: Secret\n", rendered, StringComparison.Ordinal);
        Assert.Contains("secretName: skillcert-id-key", rendered, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Overlays))]
    public async Task Every_container_runs_as_a_user_on_a_read_only_root(string overlay)
    {
        var rendered = await RenderAsync(overlay);
        // Each container, init containers included, names exactly one image: the service and its export, nginx, and the
        // daily rebuild with its content and export.
        var containers = Count(rendered, " image: ");
        Assert.Equal(6, containers);
        Assert.Equal(containers, Count(rendered, "readOnlyRootFilesystem: true"));
        Assert.Equal(3, Count(rendered, "runAsNonRoot: true"));
    }

    [Theory, MemberData(nameof(Overlays))]
    public async Task The_site_is_rebuilt_each_day_at_00_05_in_Shanghai_one_build_at_a_time(string overlay)
    {
        var job = Single(await RenderAsync(overlay), "CronJob");
        Assert.Equal("5 0 * * *", job["spec"]["schedule"].ToString());
        Assert.Equal("Asia/Shanghai", job["spec"]["timeZone"].ToString());
        Assert.Equal("Forbid", job["spec"]["concurrencyPolicy"].ToString());
    }

    [Fact]
    public async Task The_daily_rebuild_runs_skillcert_build_with_options_it_has_on_the_day_it_runs()
    {
        var arguments = Arguments(Build(Single(await RenderAsync("city"), "CronJob"))).ToArray();
        var parsed = SkillcertCommand.Create().Parse(arguments);
        Assert.True(parsed.Errors.Count == 0, string.Join('\n', parsed.Errors.Select(e => e.Message)));
        Assert.Equal("build", parsed.CommandResult.Command.Name);
        foreach (var required in new[] { "--content", "--templates", "--export", "--out" }) Assert.Contains(required, arguments);
        Assert.DoesNotContain("--as-of", arguments);
    }

    [Fact]
    public async Task The_daily_rebuild_publishes_into_the_folder_that_the_site_s_nginx_serves()
    {
        var rendered = await RenderAsync("city");
        var job = Single(rendered, "CronJob");
        var build = Build(job);
        var arguments = Arguments(build).ToList();
        var output = arguments[arguments.IndexOf("--out") + 1];
        // The build swaps the whole folder and keeps .skillcert/ beside it, so it mounts the volume's root, writable.
        var mount = ((YamlSequenceNode)build["volumeMounts"]).Cast<YamlMappingNode>().Single(m => m["mountPath"].ToString() == Path.GetDirectoryName(output));
        var claim = Claim(job["spec"]["jobTemplate"]["spec"]["template"]["spec"], mount["name"].ToString());

        var site = Documents(rendered).Single(d => d["kind"].ToString() == "Deployment" && d["metadata"]["name"].ToString() == "site");
        var pod = site["spec"]["template"]["spec"];
        var nginx = ((YamlSequenceNode)pod["containers"]).Cast<YamlMappingNode>().Single();
        var served = ((YamlSequenceNode)nginx["volumeMounts"]).Cast<YamlMappingNode>().Single(m => Claim(pod, m["name"].ToString()) == claim);
        Assert.Equal("true", served["readOnly"].ToString());
        var root = Single(rendered, "ConfigMap", "site-nginx")["data"]["default.conf"].ToString();
        Assert.Contains($"root {served["mountPath"]}/{Path.GetFileName(output)};", root, StringComparison.Ordinal);
    }

    private static IEnumerable<YamlMappingNode> Documents(string rendered)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(rendered));
        return stream.Documents.Select(d => (YamlMappingNode)d.RootNode);
    }

    private static YamlMappingNode Single(string rendered, string kind, string? name = null) =>
        Documents(rendered).Single(d => d["kind"].ToString() == kind && (name is null || d["metadata"]["name"].ToString() == name));

    private static YamlMappingNode Build(YamlMappingNode cronJob) =>
        ((YamlSequenceNode)cronJob["spec"]["jobTemplate"]["spec"]["template"]["spec"]["containers"]).Cast<YamlMappingNode>().Single();

    private static IEnumerable<string> Arguments(YamlMappingNode container) => ((YamlSequenceNode)container["args"]).Select(n => n.ToString());

    /// The claim a pod's volume of that name mounts, or null for any other kind of volume.
    private static string? Claim(YamlNode pod, string volume)
    {
        var entry = ((YamlSequenceNode)pod["volumes"]).Cast<YamlMappingNode>().Single(v => v["name"].ToString() == volume);
        return entry.Children.TryGetValue("persistentVolumeClaim", out var claim) ? claim["claimName"].ToString() : null;
    }

    private static int Count(string text, string what) => text.Split(what).Length - 1;
}
