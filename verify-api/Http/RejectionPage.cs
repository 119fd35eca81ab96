namespace SkillCert.VerifyApi.Http;

/// <summary>
/// Endpoint metadata: when the rate limiter refuses a request to this endpoint, the refusal is a page for people,
/// written by <see cref="WriteAsync"/> with the seconds to wait, rather than problem+json.
/// </summary>
public sealed record RejectionPage(Func<HttpContext, int, Task> WriteAsync);
