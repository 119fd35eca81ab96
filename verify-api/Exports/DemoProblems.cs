using Microsoft.AspNetCore.Http;

namespace SkillCert.VerifyApi.Exports;

/// <summary>Marks every problem answer <c>"demo": true</c> while the export in service is invented sample data, as the other answers are.</summary>
public static class DemoProblems
{
    public static void Mark(ProblemDetailsContext context)
    {
        if (context.HttpContext.RequestServices.GetService<ExportStore>()?.Current?.Meta.Demo == true)
            context.ProblemDetails.Extensions["demo"] = true;
    }
}
