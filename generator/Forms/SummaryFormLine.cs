namespace SkillCert.Generator.Forms;

/// <summary>One line of the printed 附件3: the occupation (评价工种) and how many passed at each level, 初级 to 高级技师.</summary>
public sealed record SummaryFormLine(string Occupation, IReadOnlyList<int> ByLevel)
{
    public int Subtotal => ByLevel.Sum();
}
