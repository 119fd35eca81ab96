namespace SkillCert.Generator.Forms;

/// <summary>The model of a form's template: the form itself, the unit it belongs to, and forms.css as seen from the page.</summary>
public sealed record FormPage(object Form, string Unit, string Stylesheet);
