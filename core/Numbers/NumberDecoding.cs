namespace SkillCert.Core.Numbers;

/// <summary>The outcome of decoding typed text as a certificate number: every field, and every field's error.</summary>
public sealed record NumberDecoding(
    string Input,
    NormalizedInput Normalized,
    NumberForm? Form,
    NumberFields? Fields,
    IReadOnlyList<FieldError> Errors,
    CertificateNumber? Number)
{
    /// <summary>True when every field is valid; <see cref="Number"/> is then set.</summary>
    public bool WellFormed => Errors.Count == 0 && Number is not null;
}
