namespace SkillCert.VerifyApi.Pages;

/// <summary>The verify form as a page shows it again: what was typed, and each error next to its input.</summary>
public sealed record VerifyFormView(string Number, string Name, IReadOnlyList<string> NumberErrors, string? NameError)
{
    public bool HasNumberErrors => NumberErrors.Count > 0;
}
