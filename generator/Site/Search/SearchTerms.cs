using System.Text;

namespace SkillCert.Generator.Site.Search;

/// <summary>
/// The words of the search index and where each is kept. assets/catalogue.js does exactly the same to a query, so the
/// two must change together: text is NFKC-normalised (full-width letters and digits become plain ones), lower-cased
/// and stripped of white space; a name is found by its single characters and its pairs of adjacent characters; a term
/// lives in shard FNV-1a(term, over UTF-16 code units) mod the number of shards.
/// </summary>
public static class SearchTerms
{
    /// <summary>Prefixes that keep the other kinds of term apart from a name's one- and two-character pieces.</summary>
    public const string CreditCode = "#";
    public const string Status = "@s:";
    public const string County = "@c:";
    public const string Occupation = "@o:";

    public static string Normalize(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var plain = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (!char.IsWhiteSpace(c)) plain.Append(c);
        }
        return plain.ToString();
    }

    /// <summary>Every single character and every pair of adjacent characters of a normalised name, once each.</summary>
    public static IEnumerable<string> NameGrams(string normalized)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < normalized.Length; i++)
        {
            if (seen.Add(normalized.Substring(i, 1))) yield return normalized.Substring(i, 1);
            if (i + 1 < normalized.Length && seen.Add(normalized.Substring(i, 2))) yield return normalized.Substring(i, 2);
        }
    }

    /// <summary>The shard that holds a term.</summary>
    public static int Shard(string term, int shards)
    {
        var hash = 2166136261u;
        foreach (var c in term)
        {
            hash ^= c;
            hash *= 16777619u;
        }
        return (int)(hash % (uint)shards);
    }
}
