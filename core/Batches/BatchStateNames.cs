using SkillCert.Core.Text;

namespace SkillCert.Core.Batches;

/// <summary>The Chinese label and the stable slug of each batch state, for the export, pages and JSON.</summary>
public static class BatchStateNames
{
    private static readonly NameTable<BatchState> Table = new(
        (BatchState.NotSubmitted, "not-submitted", "未报送审核"),
        (BatchState.UnderReview, "under-review", "审核中"),
        (BatchState.SentBack, "sent-back", "已退回"),
        (BatchState.Reviewed, "reviewed", "审核通过，待公示"),
        (BatchState.InPublicity, "in-publicity", "公示中"),
        (BatchState.PublicityEnded, "publicity-ended", "公示期满，待发证"),
        (BatchState.Issued, "issued", "已发证"));

    public static string Slug(BatchState state) => Table.Name(state);

    public static string Label(BatchState state) => Table.Label(state);

    /// <summary>The state with this slug, or null.</summary>
    public static BatchState? FromSlug(string? slug) => Table.Parse(slug);
}
