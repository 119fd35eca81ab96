namespace SkillCert.Rendering.Site;

/// <summary>
/// "用姓名和证件号码查询": the form, posted to the service's <c>/lookup</c> (<see cref="Action"/>), and, on the service's
/// answer, the holder's certificates or one plain "none". The static site renders it with the form alone.
/// </summary>
public sealed record LookupPage(SiteView Site, string Title, string Url, string Description, string Action, LookupFormView Form)
{
    /// <summary>Where the static site publishes the form.</summary>
    public const string FormUrl = "/find/";

    /// <summary>Where the verification service answers it (POST), under <c>verify_url</c>.</summary>
    public const string AnswerUrl = "/lookup";

    /// <summary>The answer to a lookup, or null on the bare form.</summary>
    public LookupAnswerView? Answer { get; init; }

    /// <summary>Why the lookup could not be answered (paused, too many requests, no data), or null.</summary>
    public string? Notice { get; init; }

    /// <summary>An answer is one person's; the bare form may be found by search engines.</summary>
    public bool Noindex => Answer is not null || Notice is not null;
}
