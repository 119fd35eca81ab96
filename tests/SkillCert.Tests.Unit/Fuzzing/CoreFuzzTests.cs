using CsCheck;
using SkillCert.Core.Identity;
using SkillCert.Core.Levels;
using SkillCert.Core.Numbers;
using SkillCert.Core.Privacy;
using SkillCert.Core.Signing;

namespace SkillCert.Tests.Unit.Fuzzing;

/// Every parser of untrusted text in core, fed hostile input: none may throw or hang.
[Trait("Category", "Fuzz")]
public class CoreFuzzTests
{
    private static readonly DateOnly Today = new(2026, 11, 26);

    [Fact]
    public void The_number_decoder_survives_hostile_input() =>
        FuzzInputs.Mixed("Y000014000001193000001", "Y00001400000119300001", "ｙ0000 14-000001 19 3 000001")
            .Sample(s => FuzzBudget.Run(s, t =>
            {
                var d = CertificateNumber.Decode(t, Today);
                if (d.WellFormed) Assert.Equal(d.Normalized.Text, d.Number!.Format());
                _ = NumberReport.From(d);
            }), iter: FuzzBudget.Inputs);

    [Fact]
    public void The_ID_number_check_survives_hostile_input() =>
        FuzzInputs.Mixed("140902199003071239", "14090219900307123X", "140902900307123")
            .Sample(s => FuzzBudget.Run(s, t =>
            {
                _ = IdNumber.Check(t, Today);
                _ = Mask.IdNumber(t);
            }), iter: FuzzBudget.Inputs);

    [Fact]
    public void The_credit_code_check_survives_hostile_input() =>
        FuzzInputs.Mixed("91140900MA0K3PQ218")
            .Sample(s => FuzzBudget.Run(s, t => _ = CreditCode.Check(t)), iter: FuzzBudget.Inputs);

    [Fact]
    public void The_QR_link_parser_survives_hostile_input() =>
        FuzzInputs.Mixed(
                "HTTPS://VERIFY.XINZHOU.EXAMPLE/C/Y000014000001193000001/3/20190301/0123456789ABCDEF/%E5%BC%A0/MZXW6YTBOI",
                "https://verify.xinzhou.example/c/Y000014000001193000001?n=%E5%BC%A0&l=3&d=2019-03-01&k=0123456789abcdef&s=Zm9vYmFy")
            .Sample(s => FuzzBudget.Run(s, t => _ = QrLink.TryParse(t)), iter: FuzzBudget.Inputs);

    [Fact]
    public void Level_parsing_and_name_masking_survive_hostile_input() =>
        FuzzInputs.Mixed("三级/高级工", "张三丰", "5")
            .Sample(s => FuzzBudget.Run(s, t =>
            {
                _ = SkillLevel.TryParse(t, out _);
                _ = Mask.Name(t);
            }), iter: FuzzBudget.Inputs);
}
