namespace SkillCert.Rendering.Links;

/// <summary>A place in a template where it could write a link the recorder would not see (an offset), and what to do, in Chinese and English.</summary>
public readonly record struct TemplateLinkProblem(int Offset, string MessageZh, string Message);
