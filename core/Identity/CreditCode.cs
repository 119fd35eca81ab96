using SkillCert.Core.Diagnostics;

namespace SkillCert.Core.Identity;

/// <summary>The 18-character unified social credit code (统一社会信用代码) under GB 32100-2015.</summary>
public static class CreditCode
{
    public const int Length = 18;

    /// <summary>The 31 characters the code may use: digits and capitals without I, O, Z, S and V.</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] OrganizationWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>Checks length, alphabet, the embedded organisation code (GB 11714) and the final check character.</summary>
    public static CodeCheck Check(string? text)
    {
        // Strict on purpose: the code is copied from the business licence, and a lower-case or full-width
        // character there is a typing error worth pointing out.
        var code = (text ?? "").Trim();
        var errors = new List<Phrase>();
        if (code.Length != Length)
        {
            errors.Add(new($"应为 {Length} 位，实际是 {code.Length} 位", $"expected {Length} characters; got {code.Length}"));
            return new CodeCheck(code, errors);
        }
        for (var i = 0; i < code.Length; i++)
        {
            if (Alphabet.IndexOf(code[i], StringComparison.Ordinal) < 0)
                errors.Add(new($"第 {i + 1} 位“{code[i]}”不能用：代码只用数字和大写字母，不用 I、O、Z、S、V",
                    $"character {i + 1} '{code[i]}' is not allowed: codes use digits and capitals except I, O, Z, S and V"));
        }
        if (errors.Count > 0) return new CodeCheck(code, errors);

        var orgCheck = OrganizationCheckCharacter(code.AsSpan(8, 8));
        if (code[16] != orgCheck)
            errors.Add(new($"第 9–17 位组织机构代码的校验码是“{code[16]}”，应为“{orgCheck}”",
                $"the organisation code (characters 9–17) has check character '{code[16]}'; it should be '{orgCheck}'"));
        var check = ComputeCheckCharacter(code.AsSpan(0, 17));
        if (code[17] != check)
            errors.Add(new($"第 18 位校验码应为“{check}”，不是“{code[17]}”", $"check character should be '{check}', not '{code[17]}'"));
        return new CodeCheck(code, errors);
    }

    /// <summary>The 18th character for the first 17, by the weighted sum modulo 31.</summary>
    public static char ComputeCheckCharacter(ReadOnlySpan<char> first17)
    {
        if (first17.Length != 17) throw new ArgumentException("expected 17 characters", nameof(first17));
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = Alphabet.IndexOf(first17[i], StringComparison.Ordinal);
            if (value < 0) throw new ArgumentException($"'{first17[i]}' is not in the credit-code alphabet", nameof(first17));
            sum += value * Weights[i];
        }
        return Alphabet[(31 - sum % 31) % 31];
    }

    /// <summary>The ninth character of a GB 11714 organisation code for its first eight, modulo 11 with X for 10.</summary>
    public static char OrganizationCheckCharacter(ReadOnlySpan<char> first8)
    {
        if (first8.Length != 8) throw new ArgumentException("expected 8 characters", nameof(first8));
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = first8[i];
            var value = char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            sum += value * OrganizationWeights[i];
        }
        return (11 - sum % 11) switch { 10 => 'X', 11 => '0', var d => (char)('0' + d) };
    }
}
