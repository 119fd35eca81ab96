using SkillCert.Core.Numbers;
using SkillCert.Core.Rosters;

namespace SkillCert.Core.Exports;

/// <summary>
/// Reads the lines of revocations.csv (number, date, reason): every number must decode, every date must be a past
/// or present day, every line needs a reason, and no number may be revoked twice.
/// </summary>
public sealed class RevocationList(DateOnly asOf)
{
    public const string NumberColumn = "number";
    public const string DateColumn = "date";
    public const string ReasonColumn = "reason";

    private readonly Dictionary<string, Revocation> _byNumber = new(StringComparer.Ordinal);
    private readonly List<RowProblem> _problems = [];

    public IReadOnlyList<RowProblem> Problems => _problems;

    /// <summary>The revocations read so far, in number order.</summary>
    public IReadOnlyList<Revocation> Revocations => _byNumber.Values.OrderBy(r => r.Number, StringComparer.Ordinal).ToList();

    public void Add(string number, string date, string reason, RowOrigin origin)
    {
        var before = _problems.Count;
        var decoding = CertificateNumber.Decode(number, asOf);
        if (string.IsNullOrWhiteSpace(number))
            Problem(origin, NumberColumn, "没有填写；请填要撤销的证书编号", "is empty; give the number of the certificate to revoke");
        else if (decoding.Number is null)
            foreach (var error in decoding.Errors) Problem(origin, NumberColumn, error.MessageZh, $"{NumberReport.FieldName(error.Field)}: {error.Message}");
        if (!RosterDate.TryParse(date, out var on))
            Problem(origin, DateColumn, $"“{RosterCells.Shown(date)}”不是日期；请写成 yyyy-MM-dd", $"\"{RosterCells.Shown(date)}\" is not a date; write yyyy-MM-dd");
        else if (on > asOf)
            Problem(origin, DateColumn, $"撤销日期 {RosterDate.Write(on)} 还没有到（这次导出的日期是 {RosterDate.Write(asOf)}）",
                $"{RosterDate.Write(on)} is in the future (the export is as of {RosterDate.Write(asOf)})");
        if (string.IsNullOrWhiteSpace(reason))
            Problem(origin, ReasonColumn, "没有填写撤销原因；公众查询时会看到原因，请写明", "is empty; the public sees the reason, so give one");
        if (_problems.Count > before || decoding.Number is null) return;

        var revocation = new Revocation(decoding.Number.Format(), on, reason.Trim(), origin);
        if (!_byNumber.TryAdd(revocation.Number, revocation))
            _problems.Add(new RowProblem(origin, NumberColumn, $"{revocation.Number} 撤销了两次；每本证书只留一行",
                $"{revocation.Number} is revoked twice; keep one line per certificate",
                _byNumber[revocation.Number].Origin));
    }

    private void Problem(RowOrigin origin, string column, string message, string messageEn) =>
        _problems.Add(new RowProblem(origin, column, message, messageEn));
}
