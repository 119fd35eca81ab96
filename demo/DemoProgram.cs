using SkillCert.VerifyApi;

namespace SkillCert.Demo;

/// <summary>
/// <c>dotnet run --project demo</c>: the verification service over a demo built from the checkout when no export is
/// configured, or over the configured export as the production service (verify-api) runs it.
/// </summary>
public static class DemoProgram
{
    public static int Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        // With no export configured in a checkout, the demo built into .skillcert/ (or an exit, when it cannot be).
        if (!DemoStart.TryPrepare(builder, out var demo, out var exitCode)) return exitCode;
        builder.AddVerifyService();
        return builder.RunOrExplain(app => DemoStart.Announce(app, demo));
    }
}
