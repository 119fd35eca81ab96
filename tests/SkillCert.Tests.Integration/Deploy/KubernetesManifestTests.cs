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
        // Each container, init containers included, names exactly one image.
        var containers = Count(rendered, " image: ");
        Assert.Equal(4, containers);
        Assert.Equal(containers, Count(rendered, "readOnlyRootFilesystem: true"));
        Assert.Equal(2, Count(rendered, "runAsNonRoot: true"));
    }

    private static int Count(string text, string what) => text.Split(what).Length - 1;
}
