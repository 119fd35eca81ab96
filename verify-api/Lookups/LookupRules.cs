using SkillCert.Core.Identity;
using SkillCert.Core.Verification;
using SkillCert.VerifyApi.Certificates;
using SkillCert.VerifyApi.Contracts;

namespace SkillCert.VerifyApi.Lookups;

/// <summary>
/// What a lookup body must hold. The messages never repeat the ID number or any part of it, so a
/// response cannot carry it even back to the person who typed it.
/// </summary>
public static class LookupRules
{
    /// <summary>Longer than any identity document number; longer input is refused unread.</summary>
    public const int MaxIdLength = 32;

    /// <summary>Per-field errors, each as [English, Chinese]; empty when the request may be looked up.</summary>
    public static Dictionary<string, string[]> Errors(LookupRequest request, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var name = HolderName.Normalize(request.Name);
        if (name.Length == 0)
            errors["name"] = ["enter the holder's name as printed on the certificate", "请输入证书上的姓名"];
        else if (NameLimit.Exceeded(name))
            errors["name"] = NameLimit.Errors;

        var id = IdNumber.Normalize(request.IdNumber);
        if (id.Length == 0)
            errors["idNumber"] = ["enter the ID number printed on the certificate", "请输入证件号码"];
        else if (id.Length > MaxIdLength || !id.All(char.IsAsciiLetterOrDigit))
            errors["idNumber"] = [$"an ID number has only letters and digits, at most {MaxIdLength}", $"证件号码只含字母和数字，不超过 {MaxIdLength} 位"];
        else if (LooksLikeResidentId(id) && !IdNumber.Check(id, today).IsValid)
            errors["idNumber"] = ["this is not a valid resident ID number: check each digit and the last character",
                "居民身份证号码校验不通过，请逐位核对（包括最后一位）"];
        return errors;
    }

    /// <summary>Eighteen characters, the first seventeen digits: the resident ID form, whose check character can be verified.</summary>
    public static bool LooksLikeResidentId(string id) =>
        id.Length == IdNumber.Length && id.AsSpan(0, 17).IndexOfAnyExceptInRange('0', '9') < 0;
}
