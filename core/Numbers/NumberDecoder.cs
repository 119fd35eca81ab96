using System.Globalization;
using SkillCert.Core.Levels;
using SkillCert.Core.Regions;

namespace SkillCert.Core.Numbers;

/// <summary>Reads each field of a certificate number on its own terms, collecting one error per bad field.</summary>
internal static class NumberDecoder
{
    // Longer input is cut before any work so that a hostile 10 KB "number" costs no more than a short one.
    private const int MaxInspected = 64;

    public static NumberDecoding Decode(string? input, DateOnly today)
    {
        input ??= "";
        var inspected = input.Length > MaxInspected ? input[..MaxInspected] : input;
        var normalized = NormalizedInput.From(inspected);
        var text = normalized.Text;
        var errors = new List<FieldError>();

        if (input.Length > MaxInspected)
        {
            errors.Add(new(NumberField.Number, $"too long: {input.Length} characters; a number has 22 (or 21)",
                $"输入过长（{input.Length} 个字符）；证书编号为 22 位（或 21 位）"));
            return new NumberDecoding(input, normalized, null, null, errors, null);
        }

        var form = NumberForm.FromLength(text.Length);
        if (form is null)
        {
            errors.Add(text.Length == 0
                ? new(NumberField.Number, "empty: enter a letter (Y or S) followed by 21 digits",
                    "请输入证书编号：1 位字母（Y 或 S）加 21 位数字")
                : new(NumberField.Number,
                    $"expected 22 characters (a letter and 21 digits) or 21 in the notice's form; got {text.Length}",
                    $"证书编号应为 22 位（1 位字母加 21 位数字）或通知示例中的 21 位，实际为 {text.Length} 位"));
            return new NumberDecoding(input, normalized, null, null, errors, null);
        }

        var fields = new NumberFields(
            Category: ReadCategory(text[..1], errors),
            Route: ReadRoute(text.Substring(1, 4), errors),
            Province: ReadProvince(text.Substring(5, 2), errors),
            Institution: ReadInstitution(text.Substring(7, 6), errors),
            Year: ReadYear(text.Substring(13, 2), today, errors),
            Level: ReadLevel(text.Substring(15, 1), errors),
            Serial: ReadSerial(text[CertificateNumber.PrefixLength..], form, errors));

        CertificateNumber? number = null;
        if (errors.Count == 0)
        {
            number = new CertificateNumber(form, text[0], fields.Route.Value, fields.Province.Value,
                fields.Institution.Value, 2000 + Int(fields.Year.Value), Int(fields.Level.Value), Int(fields.Serial.Value));
        }
        return new NumberDecoding(input, normalized, form, fields, errors, number);
    }

    private static DecodedField ReadCategory(string v, List<FieldError> errors)
    {
        var meaning = v switch { "Y" => "企业用人单位", "S" => "第三方评价机构", _ => null };
        if (meaning is null)
            errors.Add(new(NumberField.Category, $"expected Y (employer) or S (third-party evaluator); got '{v}'",
                $"第 1 位应为 Y（企业用人单位）或 S（第三方评价机构），实际为“{v}”"));
        return new(v, meaning);
    }

    private static DecodedField ReadRoute(string v, List<FieldError> errors)
    {
        if (!AllDigits(v))
        {
            errors.Add(new(NumberField.Route, $"expected four digits for the filing route (0000 = filed with the province); got '{v}'",
                $"第 2–5 位为备案途径代码，应为 4 位数字（0000 表示经省级人社部门备案），实际为“{v}”"));
            return new(v, null);
        }
        return new(v, v == "0000" ? "经省级人力资源社会保障部门备案" : $"备案途径 {v}");
    }

    private static DecodedField ReadProvince(string v, List<FieldError> errors)
    {
        var province = AllDigits(v) ? Province.Find(v) : null;
        if (province is null)
            errors.Add(new(NumberField.Province, $"expected a GB/T 2260 province code (11–65, 71, 81, 82; Shanxi is 14); got '{v}'",
                $"第 6–7 位为省级行政区划代码（如山西省为 14），“{v}”不是有效代码"));
        return new(v, province?.Name);
    }

    private static DecodedField ReadInstitution(string v, List<FieldError> errors)
    {
        if (!AllDigits(v) || v == "000000")
        {
            errors.Add(new(NumberField.Institution, $"expected the institution's six-digit sequence, not all zeros; got '{v}'",
                $"第 8–13 位为评价机构序列码，应为 6 位数字且不全为 0，实际为“{v}”"));
            return new(v, null);
        }
        return new(v, $"评价机构 {v}");
    }

    private static DecodedField ReadYear(string v, DateOnly today, List<FieldError> errors)
    {
        if (!AllDigits(v))
        {
            errors.Add(new(NumberField.Year, $"expected two digits for the issue year; got '{v}'",
                $"第 14–15 位为发证年份后两位，应为数字，实际为“{v}”"));
            return new(v, null);
        }
        var year = 2000 + Int(v);
        if (year < CertificateNumber.FirstYear)
        {
            errors.Add(new(NumberField.Year, $"expected a year from 19 on (the scheme began in {CertificateNumber.FirstYear}); got '{v}'",
                $"发证年份“{v}”早于 2019 年，职业技能等级认定自 2019 年开始"));
            return new(v, null);
        }
        if (year > today.Year)
        {
            errors.Add(new(NumberField.Year, $"expected a year up to {today.Year % 100:00}; '{v}' is after the current year {today.Year}",
                $"发证年份“{v}”晚于当前年份 {today.Year} 年"));
            return new(v, null);
        }
        return new(v, $"{year} 年");
    }

    private static DecodedField ReadLevel(string v, List<FieldError> errors)
    {
        var level = AllDigits(v) ? SkillLevel.FromCode(Int(v)) : null;
        if (level is null)
            errors.Add(new(NumberField.Level, $"expected a level from 1 (一级/高级技师) to 5 (五级/初级工); got '{v}'",
                $"第 16 位为职业技能等级代码，应为 1–5，实际为“{v}”"));
        return new(v, level?.DisplayName);
    }

    private static DecodedField ReadSerial(string v, NumberForm form, List<FieldError> errors)
    {
        if (!AllDigits(v) || Int(v) == 0)
        {
            errors.Add(new(NumberField.Serial, $"expected a {form.SerialDigits}-digit serial, not all zeros; got '{v}'",
                $"最后 {form.SerialDigits} 位为证书序列码，应为数字且不全为 0，实际为“{v}”"));
            return new(v, null);
        }
        return new(v, $"第 {Int(v)} 号");
    }

    private static bool AllDigits(string v) => v.Length > 0 && v.All(char.IsAsciiDigit);

    private static int Int(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}
