using System.Globalization;
using SkillCert.Core.Catalogue;
using SkillCert.Core.Exports;
using SkillCert.Core.Identity;
using SkillCert.Core.Institutions;
using SkillCert.Core.Levels;
using SkillCert.Core.Privacy;

namespace SkillCert.Core.Rosters;

/// <summary>
/// The checks every row of one institution's rosters must pass before it may become a certificate, and the
/// record it becomes. One instance per institution and thread.
/// </summary>
public sealed class RosterRules(CatalogueContent catalogue, Institution institution, DateOnly asOf, IdHasher hasher)
{
    /// <summary>The youngest age at which a person may hold a skill-level certificate.</summary>
    public const int MinimumAge = 16;

    /// <summary>The longest 岗位工龄 a roster may give, in years; more is a typing slip.</summary>
    public const double MaxTenureYears = 70;

    private readonly CertifyingCalendar _calendar = new(institution);
    private readonly RowNumberRules _numbers = new(catalogue.Site.Province, institution, asOf);
    private readonly DerivedCells _derived = new(catalogue, institution, asOf);

    public Institution Institution => institution;

    /// <summary>
    /// Checks a row of <paramref name="batch"/>, adding one problem per wrong cell; returns the certificate when the row has
    /// none. Without a batch every row needs its own 发证日期.
    /// </summary>
    public ExportedCertificate? Check(RosterRow row, List<RowProblem> problems, RosterBatch? batch = null)
    {
        var before = problems.Count;
        var cell = new RowCheck(row, problems);

        var name = cell.Required(RosterColumn.Name);
        var gender = cell.Required(RosterColumn.Gender);
        if (gender is not (null or RosterCells.Male or RosterCells.Female))
            cell.Problem(RosterColumn.Gender, $"“{RosterCells.Shown(gender)}”不对，应填 {RosterCells.Male} 或 {RosterCells.Female}",
                $"\"{RosterCells.Shown(gender)}\" should be {RosterCells.Male} or {RosterCells.Female}");
        var id = cell.Required(RosterColumn.IdNumber);
        var documentType = row.Columns.Has(RosterColumn.DocumentType)
            ? cell.Required(RosterColumn.DocumentType) is { } typed ? RosterCells.DocumentType(typed) : null
            : id is null ? null : _derived.DocumentType(cell, id);
        var issuedOn = IssueDate(cell, batch);
        if (id is not null && documentType == RosterCells.ResidentIdCard)
            CheckIdNumber(cell, id, gender, issuedOn);

        var occupation = Occupation(cell, issuedOn);
        var trade = RosterCells.Trade(row[RosterColumn.Trade]);
        var tradeKnown = true;
        if (!row.Columns.Has(RosterColumn.Trade))
            tradeKnown = occupation is null || issuedOn is not { } day || _derived.TryTrade(cell, occupation, day, out trade);
        else if (trade is not null && occupation is { Trades.Count: > 0 } && !occupation.Trades.Contains(trade))
            cell.Problem(RosterColumn.Trade, $"“{RosterCells.Shown(trade)}”不是 {occupation.Code} {occupation.Name} 的工种；" +
                $"它的工种有 {string.Join("、", occupation.Trades)}，不分工种时填 —",
                $"\"{RosterCells.Shown(trade)}\" is not a trade of {occupation.Code} {occupation.Name}; " +
                $"its trades are {string.Join("、", occupation.Trades)}, or write — for none");
        var level = cell.Required(RosterColumn.Level) is { } levelText ? LevelOf(cell, levelText) : null;
        CheckScores(cell);
        CheckTenure(cell);
        if (issuedOn is { } on && occupation is not null && level is not null && tradeKnown)
            CheckStanding(cell, on, occupation.Code, occupation.Name, trade, level);

        string? number = null;
        if (!row.IsEmpty(RosterColumn.Number) && issuedOn is { } issued && level is not null)
            number = _numbers.Check(cell, row[RosterColumn.Number], issued, level.Code);
        var replaces = row.IsEmpty(RosterColumn.Replaces) ? null : _numbers.CheckReplaced(cell, row[RosterColumn.Replaces]);

        if (problems.Count > before || name is null || documentType is null || id is null || occupation is null
            || level is null || issuedOn is null)
            return null;
        return new ExportedCertificate
        {
            Number = number,
            Institution = institution.Seq,
            OccupationCode = occupation.Code,
            OccupationName = occupation.Name,
            Trade = trade,
            Level = level.Code,
            IssuedOn = issuedOn.Value,
            HolderName = name,
            MaskedName = Mask.Name(name),
            DocumentType = documentType,
            MaskedId = Mask.IdNumber(id),
            IdHash = hasher.Hash(id),
            Origin = row.Origin,
            Batch = batch?.Name,
            Replacement = replaces is null ? null : new ReplacementClaim(replaces, row.Origin, RosterColumns.Header(RosterColumn.Replaces)),
        };
    }

    // A row without a 发证日期 takes its batch's; a row with one may not be dated before the batch was issued.
    private DateOnly? IssueDate(RowCheck cell, RosterBatch? batch)
    {
        if (batch is not null && cell.Row.IsEmpty(RosterColumn.IssuedOn)) return batch.IssuedOn ?? batch.UndatedDay;
        if (IssueDate(cell) is not { } day) return null;
        if (batch?.IssuedOn is { } batchDay && day < batchDay)
        {
            cell.Problem(RosterColumn.IssuedOn, $"{RosterDate.Write(day)} 早于批次 {batch.Name} 的发证日期 {RosterDate.Write(batchDay)}（issued_on）：" +
                "证书在批次发证之日或之后颁发；这一行的发证日期可以留空，取批次的发证日期",
                $"{RosterDate.Write(day)} is before the issue date {RosterDate.Write(batchDay)} of batch {batch.Name} (issued_on): " +
                "certificates are issued on or after their batch's issue date; leave this row's date empty to take the batch's");
            return null;
        }
        return day;
    }

    private DateOnly? IssueDate(RowCheck cell)
    {
        if (cell.Required(RosterColumn.IssuedOn) is not { } text) return null;
        if (!RosterDate.TryParse(text, out var day))
        {
            cell.Problem(RosterColumn.IssuedOn, $"“{RosterCells.Shown(text)}”不是日期；请写成 yyyy-MM-dd，例如 2024-09-18",
                $"\"{RosterCells.Shown(text)}\" is not a date; write it as yyyy-MM-dd, for example 2024-09-18");
            return null;
        }
        if (day > asOf)
        {
            cell.Problem(RosterColumn.IssuedOn, $"{RosterDate.Write(day)} 还没有到（这次导出的日期是 {RosterDate.Write(asOf)}）；证书发出以后才能导出",
                $"{RosterDate.Write(day)} is in the future (the export is as of {RosterDate.Write(asOf)}); certificates are exported once issued");
            return null;
        }
        if (day.Year < Numbers.CertificateNumber.FirstYear)
        {
            cell.Problem(RosterColumn.IssuedOn, $"{RosterDate.Write(day)} 早于 {Numbers.CertificateNumber.FirstYear} 年，企业从那一年才开始职业技能等级认定；请核对日期",
                $"{RosterDate.Write(day)} is before {Numbers.CertificateNumber.FirstYear}, when enterprises began to certify skill levels");
            return null;
        }
        return day;
    }

    private void CheckIdNumber(RowCheck cell, string id, string? gender, DateOnly? issuedOn)
    {
        if (!IdNumber.IsValid(id, asOf, out var birth, out var recorded))
        {
            var check = IdNumber.Check(id, asOf);
            if (!check.IsValid || check.BirthDate is null || check.Gender is null)
            {
                foreach (var error in check.Errors) cell.Problem(RosterColumn.IdNumber, $"{error.Zh}；请照证件重新填写", error.En);
                return;
            }
            (birth, recorded) = (check.BirthDate.Value, check.Gender.Value);
        }
        if (issuedOn is { } day && IdNumber.AgeOn(birth, day) < MinimumAge)
        {
            var age = IdNumber.AgeOn(birth, day);
            if (age < 0)
                cell.Problem(RosterColumn.IdNumber, "按号码里的出生日期，发证那天此人还没有出生；请核对证件号码和发证日期",
                    "by its birth date the holder was not yet born on the issue date; check the number and the date");
            else
                cell.Problem(RosterColumn.IdNumber, $"按号码里的出生日期，此人发证时 {age} 岁；取得证书要年满 {MinimumAge} 周岁，请核对证件号码和发证日期",
                    $"by its birth date the holder was {age} on the issue date; a certificate needs an age of at least {MinimumAge}");
        }
        var expected = recorded == Identity.Gender.Male ? RosterCells.Male : RosterCells.Female;
        if (gender is RosterCells.Male or RosterCells.Female && gender != expected)
            cell.Problem(RosterColumn.Gender, $"填的是{gender}，但证件号码第 17 位表示{expected}；请改正填错的那一个",
                $"is {gender}, but the 17th digit of the ID number says {expected}; correct whichever is wrong");
    }

    // 职业编码 may be left out (the official 附件4 has no such column) or empty: the occupation is then the one 申报职业 names.
    private Occupations.Occupation? Occupation(RowCheck cell, DateOnly? day)
    {
        var name = cell.Required(RosterColumn.OccupationName);
        if (cell.Row.IsEmpty(RosterColumn.OccupationCode)) return name is null ? null : _derived.OccupationNamed(cell, name, day);
        var code = cell.Row[RosterColumn.OccupationCode];
        var occupation = catalogue.FindOccupation(code);
        if (occupation is null)
        {
            cell.Problem(RosterColumn.OccupationCode, $"“{RosterCells.Shown(code)}”不在 occupations.yml 里；请填职业分类大典中的职业编码，例如 6-18-01-01",
                $"\"{RosterCells.Shown(code)}\" is not in occupations.yml; use the code of the 职业分类大典, like 6-18-01-01");
            return null;
        }
        if (name is not null && name != occupation.Name)
            cell.Problem(RosterColumn.OccupationName, $"“{RosterCells.Shown(name)}”和职业编码 {code} 对不上，{code} 是 {occupation.Name}；请改正编码或名称",
                $"\"{RosterCells.Shown(name)}\" does not match {code}, which is {occupation.Name}; correct the code or the name");
        return occupation;
    }

    private static SkillLevel? LevelOf(RowCheck cell, string text)
    {
        var level = RosterCells.Level(text);
        if (level is null)
            cell.Problem(RosterColumn.Level, $"“{RosterCells.Shown(text)}”不是等级；请填 {SkillLevel.AcceptedFormsZh}",
                $"\"{RosterCells.Shown(text)}\" is not a level; write {SkillLevel.AcceptedForms}");
        return level;
    }

    private static void CheckScores(RowCheck cell)
    {
        var given = 0;
        foreach (var column in (ReadOnlySpan<RosterColumn>)[RosterColumn.TheoryScore, RosterColumn.SkillScore, RosterColumn.PerformanceScore])
        {
            if (cell.Row.IsEmpty(column)) continue;
            given++;
            var text = cell.Row[column];
            if (!RosterCells.TryScore(text, out _))
                cell.Problem(column, $"“{RosterCells.Shown(text)}”不是成绩；请填 {RosterCells.MinScore} 到 {RosterCells.MaxScore} 之间的分数",
                    $"\"{RosterCells.Shown(text)}\" is not a score from {RosterCells.MinScore} to {RosterCells.MaxScore}");
        }
        if (given == 0)
            cell.Problem(RosterColumn.TheoryScore, "一个成绩也没有填；请按实际的评价方式填写理论成绩、技能成绩或业绩评审成绩",
                "no score is given; fill in 理论成绩, 技能成绩 or 业绩评审成绩 — whichever the evaluation used");
    }

    private static void CheckTenure(RowCheck cell)
    {
        if (cell.Row.IsEmpty(RosterColumn.Tenure)) return;
        var text = cell.Row[RosterColumn.Tenure];
        if (!double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var years) || years > MaxTenureYears)
            cell.Problem(RosterColumn.Tenure, $"“{RosterCells.Shown(text)}”不是年数；请填 0 到 {MaxTenureYears} 之间的数字",
                $"\"{RosterCells.Shown(text)}\" is not a number of years from 0 to {MaxTenureYears}");
    }

    private void CheckStanding(RowCheck cell, DateOnly day, string code, string occupationName, string? trade, SkillLevel level)
    {
        if (!_calendar.MayCertifyOn(day))
        {
            var status = institution.StatusOn(day);
            cell.Problem(RosterColumn.IssuedOn, $"{RosterDate.Write(day)} 评价机构 {institution.Seq} 的状态是“{status.Label}”（{status.Cause}），那天不能发证；请核对发证日期和机构文件",
                $"on {RosterDate.Write(day)} institution {institution.Seq} was {status.Label} ({status.Cause}) and could not issue certificates");
            return;
        }
        var scope = institution.ScopeOn(day);
        var occupationInScope = false;
        var tradeInScope = false;
        for (var i = 0; i < scope.Count; i++)
        {
            var entry = scope[i];
            if (entry.Covers(code, trade, level.Code)) return;
            occupationInScope |= entry.OccupationCode == code;
            tradeInScope |= entry.CoversTrade(code, trade);
        }
        var what = trade is null ? $"{code} {occupationName}" : $"{code} {occupationName} ({trade})";
        var whatZh = trade is null ? what : $"{code} {occupationName}（{trade}）";
        var on = RosterDate.Write(day);
        if (tradeInScope)
        {
            var levels = scope.Where(e => e.CoversTrade(code, trade)).SelectMany(e => e.Levels).Distinct().Order().Reverse();
            cell.Problem(RosterColumn.Level, $"{institution.Seq} 在 {on} 备案的 {whatZh} 不包括等级 {level.Code}（{level.DisplayName}）；" +
                $"它能认定的等级是 {string.Join("、", levels)}",
                $"level {level.Code} ({level.DisplayName}) is outside the filed scope of {institution.Seq} for {what} on {on}; " +
                $"it may certify levels {string.Join(", ", levels)}");
        }
        else if (occupationInScope)
        {
            var filed = scope.Where(e => e.OccupationCode == code).Select(e => e.Trade!).ToArray();
            var trades = string.Join("、", filed);
            var write = filed.Length == 1 ? $"write {filed[0]} in 工种" : $"write one of {trades} in 工种";
            var writeZh = filed.Length == 1 ? $"在工种栏填 {filed[0]}" : $"在工种栏填 {trades} 中的一个";
            if (trade is null)
                cell.Problem(RosterColumn.Trade, $"没有填写，但 {institution.Seq} 在 {on} 备案的 {code} {occupationName} 只有工种 {trades}；请{writeZh}。" +
                    "不填工种的行，要有一项不分工种的备案范围",
                    $"is empty, but on {on} {institution.Seq} is filed for {code} {occupationName} only for 工种 {trades}; {write}. " +
                    "A row without 工种 needs a scope line filed without a trade");
            else
                cell.Problem(RosterColumn.Trade, $"“{RosterCells.Shown(trade)}”不在 {institution.Seq} 于 {on} 的备案范围里：{code} {occupationName} 只备案了工种 {trades}；" +
                    $"请{writeZh}；如果备案范围后来变更、包括了这个工种，在机构文件里加一个 scope_changed 事件，日期写变更的那一天",
                    $"\"{RosterCells.Shown(trade)}\" is not in the filed scope of {institution.Seq} on {on}: {code} {occupationName} is filed only for 工种 {trades}; " +
                    $"{write}, or, if the scope was changed to include it, add a scope_changed event dated the day of the change");
        }
        else
        {
            cell.Problem(RosterColumn.OccupationCode, $"{whatZh} 不在 {institution.Seq} 于 {on} 的备案范围里；如果确实备案过，把它写进机构文件：" +
                "首次备案就有的，写在 occupations 里；后来增加的，写一个 scope_changed 事件，日期写范围变更的那一天",
                $"{what} is not in the filed scope of {institution.Seq} on {on}; if it was filed, add it to the " +
                "institution's file: to occupations if it was part of the first filing, otherwise in a scope_changed event dated the day the scope changed");
        }
    }

    /// <summary>
    /// Refuses, at their 发证日期, the certificates issued while the institution counted as withdrawn for inactivity
    /// (视同自行退出, <see cref="InactivityWithdrawal"/>). <paramref name="certificates"/> are all the institution's
    /// certificates in the export: the rows that passed <see cref="Check"/> and those carried over from the previous
    /// export; the years in which they were issued are its activity. Carried-over certificates have no row to point at
    /// and were accepted before, so only rows are refused.
    /// </summary>
    /// <remarks>
    /// The activity is taken once, after every row is read, and a refused certificate stays in it. That is sound because
    /// the rule for a day counts only whole years before that day's year: a certificate of year Y can only fill a gap that
    /// ends before some later day, never one that ends before its own day, and once a withdrawal has started every later
    /// day of the same filing period is already decided by the earlier gap. A new filing (a filed event) restarts the count
    /// after its own year, which no certificate issued before it can reach. So no answer depends on itself.
    /// </remarks>
    public void CheckInactivity(IReadOnlyList<ExportedCertificate> certificates, IReadOnlySet<int> years, List<RowProblem> problems)
    {
        var activity = new CertificateActivity(years);
        var calendar = new CertifyingCalendar(institution, activity);
        foreach (var certificate in certificates)
        {
            if (certificate.Origin == RowOrigin.None || calendar.MayCertifyOn(certificate.IssuedOn)) continue;
            var day = certificate.IssuedOn;
            var since = institution.StatusOn(day, activity).Since ?? day;
            problems.Add(new RowProblem(certificate.Origin, RosterColumns.Header(RosterColumn.IssuedOn),
                $"{RosterDate.Write(day)} 评价机构 {institution.Seq} 已视同退出，不能发证：导出里没有它在 {since.Year - 2} 年和 {since.Year - 1} 年颁发的证书，" +
                $"连续两个整年没有开展认定，所以从 {RosterDate.Write(since)} 起视同退出。如果那两年确实发过证书，请补上那些花名册（或改正它们的行）；" +
                "否则机构要重新备案（在机构文件里加一个 filed 事件）以后才能发证",
                $"on {RosterDate.Write(day)} institution {institution.Seq} counted as withdrawn (视同退出) and could not issue certificates: " +
                $"the export has no certificate of it issued in {since.Year - 2} nor in {since.Year - 1}, two whole years in a row, so it withdrew from " +
                $"{RosterDate.Write(since)}. If it issued certificates in those years, add their rosters (or correct their rows); otherwise it must " +
                "file again (a filed event in its institution file) before it certifies"));
        }
    }
}
