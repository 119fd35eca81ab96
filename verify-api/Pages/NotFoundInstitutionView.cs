namespace SkillCert.VerifyApi.Pages;

/// <summary>The institution a not-found number names, when the catalogue has it: where the person should ask next.</summary>
public sealed record NotFoundInstitutionView(string Seq, string Name, string Url, string StatusLabel, string? ContactName, string? ContactPhone);
