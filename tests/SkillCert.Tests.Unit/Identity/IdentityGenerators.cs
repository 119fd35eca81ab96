using CsCheck;
using SkillCert.Core.Identity;
using SkillCert.Core.Regions;

namespace SkillCert.Tests.Unit.Identity;

/// Generators of valid credit codes and ID numbers, with check characters computed here from the standards'
/// weights rather than by the code under test.
internal static class IdentityGenerators
{
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] CreditWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] OrgWeights = [3, 7, 9, 10, 5, 8, 4, 2];
    private static readonly int[] IdWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    public static readonly Gen<string> CreditCodeGen =
        from head in Gen.Char["159Y"]
        from type in Gen.Char["123"]
        from region in Gen.Int[110000, 659999]
        from org in Gen.String[Gen.Char[Alphabet], 8, 8]
        select WithCreditCheck($"{head}{type}{region:000000}{org}{OrgCheck(org)}");

    public static readonly Gen<string> IdNumberGen =
        from province in Gen.OneOf(Province.All.Select(p => p.Code).ToArray())
        from rest in Gen.Int[0, 9999]
        from days in Gen.Int[0, 30_000]
        from seq in Gen.Int[0, 999]
        let birth = new DateOnly(1930, 1, 1).AddDays(days)
        select WithIdCheck($"{province}{rest:0000}{birth:yyyyMMdd}{seq:000}");

    private static char OrgCheck(string first8)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++) sum += (char.IsAsciiDigit(first8[i]) ? first8[i] - '0' : first8[i] - 55) * OrgWeights[i];
        return (11 - sum % 11) switch { 10 => 'X', 11 => '0', var d => (char)('0' + d) };
    }

    private static string WithCreditCheck(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += Alphabet.IndexOf(first17[i], StringComparison.Ordinal) * CreditWeights[i];
        return first17 + Alphabet[(31 - sum % 31) % 31];
    }

    /// An ID number made of the first 17 characters and the check character computed here.
    public static string WithIdCheck(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (first17[i] - '0') * IdWeights[i];
        return first17 + "10X98765432"[sum % 11];
    }

    /// Every string that differs from <paramref name="valid"/> in exactly one character drawn from <paramref name="alphabet"/>.
    public static IEnumerable<string> SingleSubstitutions(string valid, string alphabet)
    {
        for (var i = 0; i < valid.Length; i++)
        {
            foreach (var c in alphabet)
            {
                if (c == valid[i]) continue;
                var chars = valid.ToCharArray();
                chars[i] = c;
                yield return new string(chars);
            }
        }
    }

    public static readonly string CreditAlphabetWithStrangers = Alphabet + "IOZSVa-";
    public static readonly string IdAlphabetWithStrangers = "0123456789XAx";

    public static CodeCheck CheckCredit(string code) => CreditCode.Check(code);
}
