using System.Text;
using System.Xml;

namespace SkillCert.Generator.OpenData;

/// <summary>The one way the site's XML files are written: UTF-8 without a byte-order mark, indented, '\n' line ends.</summary>
public static class XmlFile
{
    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };

    public static byte[] Write(Action<XmlWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, Settings))
        {
            xml.WriteStartDocument();
            write(xml);
            xml.WriteEndDocument();
        }
        return buffer.ToArray();
    }
}
