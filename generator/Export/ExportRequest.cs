namespace SkillCert.Generator.Export;

/// <summary>
/// The options of one <c>skillcert export</c> run, as given on the command line: <paramref name="PreviousIdKey"/> only to
/// rotate the id key, <paramref name="RevokeKeys"/> the key ids to revoke.
/// </summary>
public sealed record ExportRequest(string Rosters, string Content, string Out, IReadOnlyList<string> SigningKeys, string IdKey, string? Report, DateOnly AsOf,
    string? PreviousIdKey = null, IReadOnlyList<string>? RevokeKeys = null);
