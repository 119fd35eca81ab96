namespace SkillCert.Generator.Forms;

/// <summary>Where and when a batch's results are publicised (公示), as its <c>&lt;batch&gt;.yml</c> gives them (附件2 四).</summary>
public sealed record PublicityPeriod(DateOnly? From, DateOnly? To, string? Place);
