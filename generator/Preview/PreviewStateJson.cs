namespace SkillCert.Generator.Preview;

/// <summary>What the preview's /__skillcert/state.json says: whether pages are shown, still provisional or being checked, and counts.</summary>
public sealed record PreviewStateJson(bool Shown, bool Provisional, bool Checking, int Errors, int Files, int Rendered);
