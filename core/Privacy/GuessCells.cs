using System.Runtime.CompilerServices;

namespace SkillCert.Core.Privacy;

/// <summary>The cell a key counts in, in each row of a <see cref="GuessTally"/>, as indexes into its one array of counts.</summary>
[InlineArray(GuessTally.Depth)]
public struct GuessCells
{
    private int _cell;
}
