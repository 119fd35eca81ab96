namespace SkillCert.Generator.Build;

/// <summary>The build cannot go on for a reason outside the content: an unsafe or unwritable output folder, a full disk.</summary>
public sealed class BuildEnvironmentException(string message, Exception? inner = null) : Exception(message, inner);
