namespace SkillCert.Generator.OpenData;

/// <summary>One certificate-number form: its name, total length and serial width.</summary>
public sealed record FormRecord(string Name, int Length, int SerialDigits);
