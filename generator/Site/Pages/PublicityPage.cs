namespace SkillCert.Generator.Site.Pages;

/// <summary>One batch's publicity notice (/publicity/&lt;seq&gt;/&lt;batch&gt;/): the notice, the intro, and where to object.</summary>
public sealed record PublicityPage(SiteView Site, string Title, string Url, string Description, string AsOf, string Intro,
    PublicityNoticeView Notice, PublicityContactView Contact);
