namespace SkillCert.Core.Catalogue;

/// <summary>
/// How the site publishes each batch's publicity notice (公示), from site.yml's <c>publicity:</c>: the paragraph that
/// opens every notice, who takes objections and how to reach them, and how many days after its period a notice stays up.
/// </summary>
public sealed record PublicitySettings
{
    /// <summary>The paragraph used when site.yml writes none.</summary>
    public const string DefaultIntro =
        "评价机构的职业技能等级认定结果经审核通过后，在机构的工作场所公示；公示期满、没有异议或异议不成立的，才能颁发证书。" +
        "对公示的结果有异议的，可以在公示期内向受理单位实名反映，并提供具体事实和线索。";

    /// <summary>How many days a notice stays up after its period when site.yml says nothing.</summary>
    public const int DefaultDaysAfter = 30;

    /// <summary>The longest a notice may stay up after its period: a year, so that old notices do not pile up.</summary>
    public const int MaxDaysAfter = 366;

    public string Intro { get; init; } = DefaultIntro;

    /// <summary>Who takes objections; null means the site's centre.</summary>
    public string? ObjectionsTo { get; init; }

    public string? ObjectionAddress { get; init; }

    public string? ObjectionPhone { get; init; }

    public string? ObjectionEmail { get; init; }

    /// <summary>How many days after the last day of its period a notice is still published and listed on /publicity/.</summary>
    public int DaysAfter { get; init; } = DefaultDaysAfter;
}
