using SkillCert.Core.Institutions;
using SkillCert.Generator.Content;
using SkillCert.Generator.Export;

namespace SkillCert.Generator.Site;

/// <summary>
/// The catalogue evaluated once for the build's day: every status, scope and history the pages and the open
/// data show. Events dated after the day are not yet part of the public record.
/// </summary>
public sealed class CatalogueOnDay
{
    public CatalogueOnDay(LoadedContent content, DateOnly asOf, ExportSnapshot? export)
    {
        Content = content;
        AsOf = asOf;
        Export = export;
        Institutions = content.Catalogue.Institutions.AsParallel().AsOrdered().Select(i => new InstitutionOnDay(
            i,
            i.NameOn(asOf),
            i.StatusOn(asOf, export?.ActivityOf(i.Seq)),
            i.ScopeOn(asOf),
            export?.For(i.Seq),
            History(i, asOf))).ToArray();
    }

    public LoadedContent Content { get; }

    public DateOnly AsOf { get; }

    public ExportSnapshot? Export { get; }

    /// <summary>In seq order.</summary>
    public IReadOnlyList<InstitutionOnDay> Institutions { get; }

    /// <summary>
    /// The filing itself, with the name and scope it was filed with, then every event up to the day, oldest first. The
    /// filing and the renamed and scope_changed events together say what the name and scope were on any earlier day.
    /// </summary>
    private static FilingEvent[] History(Institution institution, DateOnly asOf) =>
        [new FilingEvent(institution.FiledOn, FilingEventType.Filed, institution.ValidUntil ?? Institution.DefaultValidUntil(institution.FiledOn),
            Occupations: institution.Occupations, Name: institution.Name),
            .. institution.Events.Where(e => e.On <= asOf)];
}
