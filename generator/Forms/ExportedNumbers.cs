using SkillCert.Core.Exports;

namespace SkillCert.Generator.Forms;

/// <summary>
/// Finds the number the export gave a roster row, without the id key: by a number written in the row, or else by what
/// the export keeps of the person and the certificate (name, masked document number, occupation, 工种, level and issue
/// date). A row that matches nothing, or more than one certificate, has no number yet: its batch is not issued.
/// </summary>
public sealed class ExportedNumbers
{
    private readonly Dictionary<string, ExportedCertificate> _byNumber = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string, string, string, string, int, DateOnly), ExportedCertificate?> _byPerson = [];

    /// <param name="exported">The export's certificates of one institution.</param>
    public ExportedNumbers(IEnumerable<ExportedCertificate> exported)
    {
        foreach (var c in exported)
        {
            _byNumber[c.Number!] = c;
            var key = Key(c);
            // Two certificates alike in everything the export keeps cannot be told apart: neither is named.
            _byPerson[key] = _byPerson.ContainsKey(key) ? null : c;
        }
    }

    /// <summary>The exported certificate of a checked row, or null when the export has none (or cannot tell which).</summary>
    public ExportedCertificate? Find(ExportedCertificate row) =>
        row.Number is { } written
            ? _byNumber.GetValueOrDefault(written)
            : _byPerson.GetValueOrDefault(Key(row));

    private static (string, string, string, string, string, int, DateOnly) Key(ExportedCertificate c) =>
        (c.HolderName, c.MaskedId, c.DocumentType, c.OccupationCode, c.Trade ?? "", c.Level, c.IssuedOn);
}
