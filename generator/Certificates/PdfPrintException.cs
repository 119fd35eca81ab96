namespace SkillCert.Generator.Certificates;

/// <summary>Printing to PDF failed for a reason of the environment (no Chromium, or one that will not start), not of the input.</summary>
public sealed class PdfPrintException(string message, Exception? inner = null) : Exception(message, inner);
