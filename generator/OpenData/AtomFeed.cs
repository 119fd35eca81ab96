using System.Xml;
using SkillCert.Generator.Site;

namespace SkillCert.Generator.OpenData;

/// <summary>
/// feed.xml: the latest catalogue events and publicity notices as an Atom feed, with absolute addresses as Atom requires.
/// A demo site's feed, and each of its entries, carries the category <c>demo</c>, so that an entry read alone still says it
/// is invented.
/// </summary>
public static class AtomFeed
{
    public const int Entries = 50;

    /// <summary>The Atom category term of invented sample content, and the words that go with it.</summary>
    public const string DemoTerm = "demo";
    public const string DemoLabel = "示例数据，非真实备案信息";

    /// <summary>An entry for a catalogue event: it points at the event on its institution's page.</summary>
    public static FeedEntry Entry(EventView e)
    {
        var summary = $"{e.On} {e.InstitutionName}（机构代码 {e.Seq}）{e.Label}";
        if (e.ValidUntil is not null) summary += $"，有效期至 {e.ValidUntil}";
        if (!string.IsNullOrWhiteSpace(e.Note)) summary += $"。{e.Note}";
        return new FeedEntry(e.InstitutionUrl + "#" + e.Id, e.On, $"{e.InstitutionName}：{e.Label}", summary);
    }

    /// <summary>
    /// An entry for a batch's publicity notice, dated its first day. It says only what the notice says of itself, not how
    /// the batch stands later, so that it never changes while the notice is up.
    /// </summary>
    public static FeedEntry Entry(PublicityNoticeView n) =>
        new(n.Url, n.From, $"{n.InstitutionName}：职业技能等级认定结果公示",
            $"{n.InstitutionName}（机构代码 {n.Seq}）的职业技能等级认定结果公示，共 {n.Total} 人："
            + string.Join("；", n.Counts.Select(c => $"{c.OccupationName}{(c.Trade == "—" ? "" : $"（{c.Trade}）")}{c.Level} {c.Count} 人"))
            + $"。公示期 {n.From} 至 {n.To}，公示地点：{n.Place}。有异议的，请在 {n.To} 前反映。");

    public static byte[] Write(string title, string authority, Uri baseUrl, IReadOnlyList<FeedEntry> newestFirst, bool demo = false)
    {
        const string atom = "http://www.w3.org/2005/Atom";
        return XmlFile.Write(xml =>
        {
            xml.WriteStartElement("feed", atom);
            xml.WriteAttributeString("xml", "lang", null, "zh-CN");
            xml.WriteElementString("title", atom, $"{title}：目录变动和结果公示");
            if (demo)
            {
                xml.WriteElementString("subtitle", atom, DemoLabel);
                DemoCategory(xml, atom);
            }
            xml.WriteElementString("id", atom, new Uri(baseUrl, SiteUrls.Changes).AbsoluteUri);
            // The feed changes only when the catalogue does: its date is the newest event's, never the clock's.
            xml.WriteElementString("updated", atom, Stamp(newestFirst.Count > 0 ? newestFirst[0].On : "2019-01-01"));
            Link(xml, atom, new Uri(baseUrl, SiteUrls.Feed).AbsoluteUri, "self");
            Link(xml, atom, new Uri(baseUrl, SiteUrls.Changes).AbsoluteUri, "alternate");
            xml.WriteStartElement("author", atom);
            xml.WriteElementString("name", atom, authority);
            xml.WriteEndElement();
            foreach (var e in newestFirst.Take(Entries))
            {
                var url = new Uri(baseUrl, e.Url).AbsoluteUri;
                xml.WriteStartElement("entry", atom);
                xml.WriteElementString("title", atom, e.Title);
                xml.WriteElementString("id", atom, url);
                xml.WriteElementString("updated", atom, Stamp(e.On));
                Link(xml, atom, url, "alternate");
                xml.WriteElementString("summary", atom, e.Summary);
                if (demo) DemoCategory(xml, atom);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        });
    }

    private static string Stamp(string day) => day + "T00:00:00+08:00";

    private static void DemoCategory(XmlWriter xml, string ns)
    {
        xml.WriteStartElement("category", ns);
        xml.WriteAttributeString("term", DemoTerm);
        xml.WriteAttributeString("label", DemoLabel);
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string ns, string href, string rel)
    {
        xml.WriteStartElement("link", ns);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
