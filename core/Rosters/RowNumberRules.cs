using SkillCert.Core.Diagnostics;
using SkillCert.Core.Institutions;
using SkillCert.Core.Numbers;

namespace SkillCert.Core.Rosters;

/// <summary>
/// The checks of a certificate number written in a roster: it must decode under the coding rule and agree with
/// the row — the institution's category, route and seq, the catalogue's province, the issue year and the level.
/// </summary>
internal sealed class RowNumberRules(string province, Institution institution, DateOnly asOf)
{
    /// <summary>The number in printed form, or null after reporting every way it is wrong.</summary>
    public string? Check(RowCheck cell, string text, DateOnly issuedOn, int level)
    {
        if (IsExpected(text, issuedOn, level)) return text;
        var decoding = CertificateNumber.Decode(text, asOf);
        if (decoding.Number is not { } number)
        {
            foreach (var error in decoding.Errors)
                cell.Problem(RosterColumn.Number, error.MessageZh, $"{NumberReport.FieldName(error.Field)}: {error.Message}");
            return null;
        }
        var problems = new List<Phrase>();
        if (number.Category != institution.Category)
            problems.Add(new($"类别 {number.Category} 和机构的类别 {institution.Category} 不一样", $"its category {number.Category} is not the institution's ({institution.Category})"));
        if (number.Route != institution.Route)
            problems.Add(new($"备案途径 {number.Route} 和机构的 {institution.Route} 不一样", $"its filing route {number.Route} is not the institution's ({institution.Route})"));
        if (number.Province != province)
            problems.Add(new($"省级代码 {number.Province} 和目录的 {province}（site.yml）不一样", $"its province {number.Province} is not the catalogue's ({province}, in site.yml)"));
        if (number.Institution != institution.Seq)
            problems.Add(new($"它属于评价机构 {number.Institution}，但这份花名册在 {institution.Seq} 的文件夹里",
                $"it belongs to institution {number.Institution}, but this roster is in the folder of {institution.Seq}"));
        if (number.Year != issuedOn.Year)
            problems.Add(new($"年份 {number.Year % 100:00} 和发证日期 {issuedOn:yyyy-MM-dd} 对不上", $"its year {number.Year % 100:00} does not match the issue date {issuedOn:yyyy-MM-dd}"));
        if (number.Level != level)
            problems.Add(new($"等级 {number.Level} 和评价等级 {level} 对不上", $"its level {number.Level} does not match 评价等级 {level}"));
        foreach (var problem in problems)
            cell.Problem(RosterColumn.Number, $"{number.Format()}：{problem.Zh}；请改正编号，或把这一格留空，导出时会自动分配编号",
                $"{number.Format()}: {problem.En}; correct the number, or leave the cell empty to have one assigned");
        return problems.Count == 0 ? number.Format() : null;
    }

    /// <summary>
    /// The number of the certificate a reissue corrects (原证书编号), in printed form, or null after saying why it is not
    /// one: it must decode, and belong to this institution, since an institution corrects only its own certificates.
    /// </summary>
    public string? CheckReplaced(RowCheck cell, string text)
    {
        var decoding = CertificateNumber.Decode(text, asOf);
        if (decoding.Number is not { } number)
        {
            foreach (var error in decoding.Errors)
                cell.Problem(RosterColumn.Replaces, error.MessageZh, $"{NumberReport.FieldName(error.Field)}: {error.Message}");
            return null;
        }
        if (number.Institution == institution.Seq && number.Category == institution.Category && number.Route == institution.Route
            && number.Province == province)
            return number.Format();
        cell.Problem(RosterColumn.Replaces, $"{number.Format()} 不是 {institution.Seq} 的证书编号：机构只能更正自己颁发的证书",
            $"{number.Format()} is not a number of {institution.Seq}: an institution corrects only its own certificates");
        return null;
    }

    // The common case without allocation: a number already in printed form that agrees with the row.
    private bool IsExpected(ReadOnlySpan<char> text, DateOnly issuedOn, int level)
    {
        if (text.Length != NumberForm.National22.Length && text.Length != NumberForm.Notice21.Length) return false;
        if (issuedOn.Year < CertificateNumber.FirstYear) return false;
        if (text[0] != institution.Category || !text.Slice(1, 4).SequenceEqual(institution.Route)
            || !text.Slice(5, 2).SequenceEqual(province) || !text.Slice(7, 6).SequenceEqual(institution.Seq))
            return false;
        var year = issuedOn.Year % 100;
        if (text[13] != (char)('0' + year / 10) || text[14] != (char)('0' + year % 10) || text[15] != (char)('0' + level))
            return false;
        var serial = text[CertificateNumber.PrefixLength..];
        return !serial.ContainsAnyExceptInRange('0', '9') && serial.ContainsAnyExcept('0');
    }
}
