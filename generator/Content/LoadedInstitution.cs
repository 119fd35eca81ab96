using SkillCert.Core.Institutions;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Content;

/// <summary>
/// An institution read from its file, with the places of the fields that cross-file checks point at and a hash
/// of the file's text, which incremental builds compare instead of the pages made from it.
/// </summary>
public sealed record LoadedInstitution(Institution Institution, string File, SourceSpot SeqSpot, SourceSpot CreditCodeSpot, SourceSpot ValiditySpot,
    string ContentHash)
{
    /// <summary>
    /// Where the fields that carry the history are written, for <c>skillcert check</c>'s comparison with what was published.
    /// Not kept in the build's parse cache, which never needs them; check parses every file.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public HistorySpots History { get; init; } = new(new(File), new(File), new(File), []);
}
