using System.Text;
using System.Xml;

namespace SkillCert.Generator.OpenData;

/// <summary>sitemap.xml and robots.txt: every public HTML page, with the absolute addresses search engines need.</summary>
public static class SitemapXml
{
    public static byte[] Write(Uri baseUrl, IEnumerable<string> pageUrls)
    {
        const string ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        return XmlFile.Write(xml =>
        {
            xml.WriteStartElement("urlset", ns);
            foreach (var url in pageUrls)
            {
                xml.WriteStartElement("url", ns);
                xml.WriteElementString("loc", ns, new Uri(baseUrl, url).AbsoluteUri);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        });
    }

    public static byte[] Robots(Uri baseUrl) =>
        Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\nSitemap: {new Uri(baseUrl, "sitemap.xml").AbsoluteUri}\n");
}
