using SkillCert.Core.Identity;
using SkillCert.Core.Exports;
using SkillCert.Core.Institutions;
using SkillCert.Core.Numbers;
using SkillCert.Core.Rosters;
using SkillCert.Tests.Unit.Identity;

namespace SkillCert.Tests.Unit.Exports;

/// Certificates of institution 000001 (Y, route 0000, Shanxi) for numbering and re-export tests.
internal static class LedgerFixture
{
    private static int _people;

    public static Institution Institution => Rosters.RosterFixture.Institution();

    public static InstitutionLedger Ledger(NumberForm? form = null) =>
        new(Institution, new SerialAssigner(Institution, "14", form ?? NumberForm.National22));

    /// A certificate of a new person (or of <paramref name="person"/>), from line <paramref name="line"/> of roster 0.
    public static ExportedCertificate Certificate(string? number, int level, DateOnly issued, int line = 2, int? person = null)
    {
        var id = IdentityGenerators.WithIdCheck($"1409021990010{person ?? Interlocked.Increment(ref _people) % 10_000:0000}");
        using var hasher = new IdHasher(Rosters.RosterFixture.IdKey);
        return new ExportedCertificate
        {
            Number = number,
            Institution = "000001",
            OccupationCode = "6-18-01-01",
            OccupationName = "车工",
            Level = level,
            IssuedOn = issued,
            HolderName = "张伟",
            MaskedName = "张*",
            DocumentType = "居民身份证",
            MaskedId = "140902********0000",
            IdHash = hasher.Hash(id),
            Origin = new RowOrigin(0, line),
        };
    }

    /// The same certificate as another, read again from a roster (so without the number unless given).
    public static ExportedCertificate Again(ExportedCertificate c, string? number = null, int line = 2) => new()
    {
        Number = number,
        Institution = c.Institution,
        OccupationCode = c.OccupationCode,
        OccupationName = c.OccupationName,
        Trade = c.Trade,
        Level = c.Level,
        IssuedOn = c.IssuedOn,
        HolderName = c.HolderName,
        MaskedName = c.MaskedName,
        DocumentType = c.DocumentType,
        MaskedId = c.MaskedId,
        IdHash = c.IdHash,
        Origin = new RowOrigin(0, line),
    };

    public static LedgerOutcome Close(InstitutionLedger ledger, IReadOnlyCollection<ExportedCertificate>? previous = null,
        IReadOnlyDictionary<string, int>? floors = null, IReadOnlyCollection<Revocation>? revocations = null) =>
        ledger.Close(previous ?? [], floors ?? new Dictionary<string, int>(), revocations ?? []);

    public static DateOnly Day(int year, int month, int day) => new(year, month, day);
}
