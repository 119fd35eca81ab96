namespace SkillCert.Core.Institutions;

/// <summary>The standing of a filed institution on a given day.</summary>
public enum StatusKind
{
    /// <summary>The day is before the filing date.</summary>
    NotYetFiled,

    /// <summary>有效.</summary>
    Active,

    /// <summary>即将到期: active, with the filing ending within 90 days.</summary>
    ExpiringSoon,

    /// <summary>暂停: suspended by the centre until reinstated.</summary>
    Suspended,

    /// <summary>已过期: the filing ran out without renewal.</summary>
    Expired,

    /// <summary>已移出: removed from the catalogue for violations.</summary>
    Removed,

    /// <summary>视同退出: withdrew, or issued no certificate in two consecutive calendar years.</summary>
    Withdrawn,
}
