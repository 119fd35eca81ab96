using SkillCert.Generator.Csv;
using Sylvan.Data.Csv;

namespace SkillCert.Generator.OpenData;

/// <summary>data/catalogue.csv: one row per institution, UTF-8 with a byte-order mark so that Excel reads the Chinese right.</summary>
public static class CatalogueCsv
{
    /// <summary>The header, in English so that scripts can rely on it; the README explains each column.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "seq", "name", "category", "route", "credit_code", "county", "address", "legal_representative", "industry", "size",
        "ownership", "filed_on", "valid_until", "status", "status_label", "status_since", "status_cause", "scope", "url",
    ];

    public static byte[] Write(IReadOnlyList<InstitutionRecord> institutions, Uri baseUrl)
    {
        var rows = institutions.Select(i => new[]
        {
            i.Seq, i.Name, i.Category, i.Route, i.CreditCode, i.County, i.Address, i.LegalRepresentative, i.Industry, i.Size,
            i.Ownership, i.FiledOn, i.ValidUntil, i.Status.Slug, i.Status.Label, i.Status.Since, i.Status.Cause, Scope(i),
            new Uri(baseUrl, i.Url).AbsoluteUri,
        }).ToArray();
        using var buffer = new MemoryStream();
        // RFC 4180 line ends, whatever the machine, so the file is the same everywhere.
        TextRows.WriteCsv(buffer, Columns, rows, new CsvDataWriterOptions { NewLine = "\r\n" });
        return buffer.ToArray();
    }

    /// <summary>"6-18-01-01 车工/数控车工: 5 4 3; …", one cell that a spreadsheet filter can still search.</summary>
    private static string Scope(InstitutionRecord i) => string.Join("; ", i.Scope.Select(s =>
        $"{s.OccupationCode} {s.OccupationName}{(s.Trade is null ? "" : "/" + s.Trade)}: {string.Join(' ', s.Levels)}"));
}
