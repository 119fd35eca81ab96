using Microsoft.AspNetCore.Http.HttpResults;
using SkillCert.VerifyApi.Contracts;
using SkillCert.VerifyApi.Exports;
using SkillCert.VerifyApi.Http;
using SkillCert.VerifyApi.Lookups;

namespace SkillCert.VerifyApi.Endpoints;

/// <summary>Liveness (the process answers) and readiness (an export is loaded, and the ID key too when one is configured) for load balancers and operators.</summary>
public static class HealthApi
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder routes)
    {
        routes.MapGetAndHead("/healthz", Live).WithTags("Health").WithSummary("Liveness: 200 while the process runs")
            .Produces<string>(StatusCodes.Status200OK, "text/plain");
        routes.MapGetAndHead("/readyz", Ready).WithTags("Health").WithSummary("Readiness: 200 with the export in service, 503 with the reason when none is or the configured ID key is refused");
        return routes;
    }

    internal static ContentHttpResult Live(HttpContext http)
    {
        // A monitor must see the process now, never a cache's memory of it.
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Text("ok", "text/plain; charset=utf-8");
    }

    internal static Results<Ok<ReadinessView>, UnavailableProblem> Ready(ExportStore store, IdKey key, HttpContext http)
    {
        http.Response.Headers.CacheControl = "no-store";
        var refusal = store.LastRefusal is { } r ? new RefusalView(r.Problem.Code, r.Reason, r.Problem.Message, r.At.ToString("O")) : null;
        if (store.Current is not { } g)
        {
            var problem = store.LastRefusal?.Problem ?? RefusalReasons.NotConfigured();
            return new UnavailableProblem(problem.MessageEn, "证书数据尚未加载：" + problem.Message, problem.Code);
        }
        // A configured key that was refused is a misconfigured replica: kept out of rotation, not serving broken lookups.
        if (key is { Configured: true, Available: false })
            return new UnavailableProblem(key.Problem!.MessageEn, "按姓名和证件号码查询所需的密钥不可用：" + key.Problem.Message, key.Problem.Code);
        return TypedResults.Ok(new ReadinessView(g.Version, g.Meta.ExportedAt, g.Meta.SchemaVersion, g.Meta.CertificateCount,
            g.InstitutionCount, g.LoadedAt.ToString("O"), key.Available, refusal) { Demo = g.Meta.Demo });
    }
}
