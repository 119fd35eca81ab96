using System.Globalization;
using System.Text;
using SkillCert.Core.Institutions;

namespace SkillCert.Generator.Site.Search;

/// <summary>
/// What an institution's search terms are made of (its name, credit code, status, county and occupations) as one text.
/// The plan memo keeps it, so that the next build knows the terms an edit took away without the old content, and whether
/// the edit moved the institution to other lists.
/// </summary>
public static class TermSource
{
    /// <summary>The fields the terms read, each as its length, a colon and itself, so that no character in a name can split it.</summary>
    public static string Of(InstitutionOnDay i)
    {
        var text = new StringBuilder(96);
        Part(text, i.Name);
        Part(text, i.Institution.CreditCode);
        Part(text, StatusKindNames.Slug(i.Status.Kind));
        Part(text, i.Institution.County);
        foreach (var code in i.Scope.Select(s => s.OccupationCode).Distinct(StringComparer.Ordinal)) Part(text, code);
        return text.ToString();
    }

    /// <summary>
    /// The terms of the institution whose source is <paramref name="source"/>: a name's characters and pairs, the credit
    /// code, the status, the county and each occupation, each once.
    /// </summary>
    public static HashSet<string> Terms(string source)
    {
        var parts = Parts(source);
        var terms = new HashSet<string>(SearchTerms.NameGrams(SearchTerms.Normalize(parts[0])), StringComparer.Ordinal)
        {
            SearchTerms.CreditCode + SearchTerms.Normalize(parts[1]),
            SearchTerms.Status + parts[2],
            SearchTerms.County + SearchTerms.Normalize(parts[3]),
        };
        foreach (var code in parts.Skip(4)) terms.Add(SearchTerms.Occupation + code);
        return terms;
    }

    /// <summary>
    /// The part of a source that decides which lists hold the institution (its status, county and occupations): while it
    /// stays the same, an edit changes what the lists show of it, never where (incremental.sh).
    /// </summary>
    public static string Listing(string source)
    {
        var at = 0;
        for (var skipped = 0; skipped < 2; skipped++)
        {
            var colon = source.IndexOf(':', at);
            at = colon + 1 + int.Parse(source.AsSpan(at, colon - at), NumberStyles.None, CultureInfo.InvariantCulture);
        }
        return source[at..];
    }

    private static void Part(StringBuilder text, string part) =>
        text.Append(part.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(part);

    private static List<string> Parts(string source)
    {
        var parts = new List<string>(6);
        for (var at = 0; at < source.Length;)
        {
            var colon = source.IndexOf(':', at);
            var length = int.Parse(source.AsSpan(at, colon - at), NumberStyles.None, CultureInfo.InvariantCulture);
            parts.Add(source.Substring(colon + 1, length));
            at = colon + 1 + length;
        }
        return parts;
    }
}
