using SkillCert.Core.Catalogue;
using SkillCert.Core.Institutions;
using SkillCert.Core.Occupations;
using SkillCert.Core.Rosters;
using static SkillCert.Tests.Unit.Rosters.RosterFixture;

namespace SkillCert.Tests.Unit.Rosters;

/// A roster in the official 附件4 form, as issued: what it leaves out is taken from elsewhere, or is an error at its cell.
public class OfficialColumnsTests
{
    private static (Core.Exports.ExportedCertificate? Record, List<RowProblem> Problems) CheckOfficial(RosterRow row, Institution? institution = null,
        CatalogueContent? catalogue = null) => Check(row, institution, batch: Batch, catalogue: catalogue);

    [Fact]
    public void A_row_of_the_official_form_becomes_a_certificate()
    {
        var (record, problems) = CheckOfficial(OfficialRow());
        Assert.Empty(problems);
        Assert.Equal(("6-18-01-01", "居民身份证", Issued), (record!.OccupationCode, record.DocumentType, record.IssuedOn));
    }

    [Fact]
    public void Without_a_document_type_column_a_valid_resident_ID_is_a_居民身份证() =>
        Assert.Equal("居民身份证", CheckOfficial(OfficialRow()).Record!.DocumentType);

    [Fact]
    public void Without_a_document_type_column_a_number_that_is_no_valid_resident_ID_is_an_error_that_asks_for_the_column()
    {
        var (record, problems) = CheckOfficial(OfficialRow((RosterColumn.IdNumber, "E12345678")));
        Assert.Null(record);
        var problem = Assert.Single(problems);
        Assert.Equal("证件号码", problem.Column);
        Assert.Contains("证件类型", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_occupation_code_the_occupation_comes_from_its_name() =>
        Assert.Equal("6-31-01-03", CheckOfficial(OfficialRow((RosterColumn.OccupationName, "电工"))).Record!.OccupationCode);

    [Fact]
    public void An_empty_occupation_code_cell_is_read_from_the_name_too() =>
        Assert.Equal("6-18-01-01", Check(Row((RosterColumn.OccupationCode, ""))).Record!.OccupationCode);

    [Fact]
    public void An_occupation_name_that_is_no_occupation_is_an_error_at_申报职业()
    {
        var problem = Assert.Single(CheckOfficial(OfficialRow((RosterColumn.OccupationName, "数控车工"))).Problems);
        Assert.Equal("申报职业", problem.Column);
        Assert.Contains("职业编码", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_two_occupations_share_is_the_one_the_institution_filed()
    {
        var catalogue = Shared(Institution());
        Assert.Equal("6-31-01-03", CheckOfficial(OfficialRow((RosterColumn.OccupationName, "电工")), catalogue: catalogue).Record!.OccupationCode);
    }

    [Fact]
    public void A_name_two_filed_occupations_share_is_an_error_that_asks_for_the_code_column()
    {
        var institution = Institution() with { Occupations = [.. Institution().Occupations, new ScopeEntry("6-31-01-99", null, [5, 4])] };
        var problem = Assert.Single(CheckOfficial(OfficialRow((RosterColumn.OccupationName, "电工")), institution, Shared(institution)).Problems);
        Assert.Equal("申报职业", problem.Column);
        Assert.Contains("6-31-01-03、6-31-01-99", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_trade_column_the_trade_of_the_one_filed_line_is_taken()
    {
        var institution = Institution() with { Occupations = [new ScopeEntry("6-18-01-01", "数控车工", [5, 4, 3])] };
        Assert.Equal("数控车工", CheckOfficial(OfficialRow(), institution).Record!.Trade);
    }

    [Fact]
    public void Without_a_trade_column_a_line_filed_without_a_trade_gives_none() =>
        Assert.Null(CheckOfficial(OfficialRow()).Record!.Trade);

    [Fact]
    public void Without_a_trade_column_an_occupation_filed_with_several_trades_is_an_error_that_asks_for_the_column()
    {
        var institution = Institution() with
        {
            Occupations = [new ScopeEntry("6-18-01-01", "数控车工", [5, 4, 3]), new ScopeEntry("6-18-01-01", "普通车工", [5, 4])],
        };
        var problem = Assert.Single(CheckOfficial(OfficialRow(), institution).Problems);
        Assert.Equal("工种", problem.Column);
        Assert.Contains("数控车工、普通车工", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_issue_date_the_row_takes_its_batchs() =>
        Assert.Equal(new DateOnly(2024, 9, 1), Check(Row((RosterColumn.IssuedOn, "")), batch: RosterBatch.Issued("2024-3", new DateOnly(2024, 9, 1))).Record!.IssuedOn);

    [Fact]
    public void An_issue_date_before_the_batch_was_issued_is_an_error()
    {
        var (_, problems) = Check(Row((RosterColumn.IssuedOn, "2024-09-17")), batch: Batch);
        Assert.Equal("发证日期", Assert.Single(problems).Column);
    }

    [Fact]
    public void An_issue_date_after_the_batch_was_issued_is_kept() =>
        Assert.Equal(new DateOnly(2024, 10, 8), Check(Row((RosterColumn.IssuedOn, "2024-10-08")), batch: Batch).Record!.IssuedOn);

    [Fact]
    public void A_corrected_certificate_of_another_institution_is_an_error_at_原证书编号()
    {
        var problem = Assert.Single(Check(Row((RosterColumn.Replaces, "Y000014000002244000001"))).Problems);
        Assert.Equal("原证书编号", problem.Column);
    }

    [Fact]
    public void A_reissue_row_records_the_certificate_it_replaces() =>
        Assert.Equal("Y000014000001244000001", Check(Row((RosterColumn.Replaces, "Y 0000 14 000001 24 4 000001"))).Record!.Replaces);

    // 电工 twice: the filed 6-31-01-03 and an invented 6-31-01-99 of the same name.
    private static CatalogueContent Shared(Institution institution)
    {
        var fixture = Catalogue(institution);
        return new CatalogueContent(fixture.Site, [.. fixture.Occupations, new Occupation("6-31-01-99", "电工", [])], [institution]);
    }
}
