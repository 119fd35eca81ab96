using System.Text.Json.Serialization;

namespace SkillCert.VerifyApi.Contracts;

/// <summary>
/// The answer to a lookup: the same shape whether the person is unknown or the name is wrong, so the answer
/// tells nothing beyond "these certificates" or "none".
/// </summary>
public sealed record LookupView(int Found, IReadOnlyList<CertificateView> Certificates, string Message, string MessageZh)
{
    /// <summary>Present, and true, only when the export is invented sample data.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Demo { get; init; }
}
