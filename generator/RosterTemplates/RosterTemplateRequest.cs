namespace SkillCert.Generator.RosterTemplates;

/// <summary>The options of one <c>skillcert roster-template</c> run.</summary>
public sealed record RosterTemplateRequest(string Institution, string Out, string Content, DateOnly AsOf);
