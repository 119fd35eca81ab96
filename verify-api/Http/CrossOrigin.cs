namespace SkillCert.VerifyApi.Http;

/// <summary>
/// Cross-origin reads of the JSON API, for HR systems that verify certificates from a browser: any origin may read the
/// answers of GET and HEAD, without credentials. Lookups are left out, so no page elsewhere can have a browser send a
/// holder's ID number to the service.
/// </summary>
public static class CrossOrigin
{
    public const string PublicReads = "public-reads";

    public static IServiceCollection AddCrossOriginReads(this IServiceCollection services) => services.AddCors(o => o.AddPolicy(PublicReads, p => p
        .AllowAnyOrigin()
        .WithMethods(HttpMethods.Get, HttpMethods.Head)
        .WithHeaders("If-None-Match")
        .WithExposedHeaders("ETag", "Retry-After")));
}
