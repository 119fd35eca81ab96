using System.Text.Json.Serialization;

namespace SkillCert.VerifyApi.Contracts;

/// <summary>
/// The process a certificate went through, from its batch: submitted for review, reviewed, publicised, issued. Each part
/// is omitted when the batch does not record it. No names and no counts: those stay off the certificate's answer.
/// </summary>
public sealed record ProcessView(string Batch, string State)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? SubmittedOn { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ReviewView? Review { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public PublicityView? Publicity { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? IssuedOn { get; init; }
}
