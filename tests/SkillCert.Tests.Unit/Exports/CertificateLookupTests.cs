using SkillCert.Core.Exports;
using SkillCert.Core.Rosters;
using static SkillCert.Tests.Unit.Exports.LedgerFixture;

namespace SkillCert.Tests.Unit.Exports;

/// A roster row is printed as the certificate the export made of it, found as a re-export would find it.
public class CertificateLookupTests
{
    private static readonly ExportedCertificate Exported = Certificate("Y000014000001244000003", 4, Day(2024, 5, 1), person: 11);

    private static (ExportedCertificate? Found, List<RowProblem> Problems) Find(ExportedCertificate row)
    {
        var problems = new List<RowProblem>();
        var found = new CertificateLookup([Exported, Certificate("Y000014000001244000004", 4, Day(2024, 5, 1), person: 12)]).Find(row, problems);
        return (found, problems);
    }

    [Fact]
    public void A_row_without_a_number_is_the_exported_certificate_of_the_same_holder_occupation_level_and_date()
    {
        var (found, problems) = Find(Again(Exported));
        Assert.Empty(problems);
        Assert.Same(Exported, found);
    }

    [Fact]
    public void A_row_with_its_written_number_is_the_certificate_of_that_number()
    {
        var (found, problems) = Find(Again(Exported, number: "Y000014000001244000003"));
        Assert.Empty(problems);
        Assert.Same(Exported, found);
    }

    [Fact]
    public void A_row_the_export_has_no_certificate_of_is_reported_at_its_line()
    {
        var (found, problems) = Find(Certificate(null, 4, Day(2024, 6, 1), line: 9, person: 13));
        Assert.Null(found);
        var problem = Assert.Single(problems);
        Assert.Equal(9, problem.Origin.Line);
        Assert.Contains("export these rosters first", problem.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_written_number_that_the_export_does_not_have_is_reported()
    {
        var (found, problems) = Find(Again(Exported, number: "Y000014000001244000099"));
        Assert.Null(found);
        Assert.Contains("Y000014000001244000099 is not in the export", Assert.Single(problems).MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_written_number_of_another_persons_certificate_is_not_printed_for_this_person()
    {
        var stranger = Certificate("Y000014000001244000003", 4, Day(2024, 5, 1), person: 14);
        var (found, problems) = Find(stranger);
        Assert.Null(found);
        Assert.Contains("证件号码", Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_changed_in_the_roster_after_the_export_is_refused_because_the_QR_signs_the_exported_name()
    {
        var renamed = new ExportedCertificate
        {
            Number = null, Institution = Exported.Institution, OccupationCode = Exported.OccupationCode, OccupationName = Exported.OccupationName,
            Level = Exported.Level, IssuedOn = Exported.IssuedOn, HolderName = "张玮", MaskedName = "张*", DocumentType = Exported.DocumentType,
            MaskedId = Exported.MaskedId, IdHash = Exported.IdHash, Origin = new RowOrigin(0, 4),
        };
        var (found, problems) = Find(renamed);
        Assert.Null(found);
        Assert.Contains("姓名", Assert.Single(problems).Message, StringComparison.Ordinal);
    }
}
