using SkillCert.Generator.Build;

namespace SkillCert.Generator.Preview;

/// <summary>One file of the preview as rendered: its bytes and, for a page, its links and ids for the link check.</summary>
public sealed record RenderedFile(byte[] Bytes, PageLinks? Links);
