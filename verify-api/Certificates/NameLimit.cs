using SkillCert.Core.Verification;

namespace SkillCert.VerifyApi.Certificates;

/// <summary>
/// The one refusal of an over-long name, before anything is looked up: the JSON answer, the result page and the lookup
/// give it in the same words, so a question gets the same answer on every surface.
/// </summary>
public static class NameLimit
{
    public static readonly string Message = $"a name has at most {HolderName.MaxLength} characters";

    public static readonly string MessageZh = $"姓名不超过 {HolderName.MaxLength} 个字符，请核对后重新输入。";

    public static bool Exceeded(string? name) => name is { Length: > HolderName.MaxLength };

    /// <summary>A name as a form shows it again: cut to the longest a holder's name may be.</summary>
    public static string Kept(string name) => Exceeded(name) ? name[..HolderName.MaxLength] : name;

    /// <summary>The per-field error of a problem answer: English, then Chinese.</summary>
    public static string[] Errors => [Message, MessageZh];
}
