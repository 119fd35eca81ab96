namespace SkillCert.Core.Regions;

/// <summary>A province-level division by its two-digit GB/T 2260 code.</summary>
public sealed record Province(string Code, string Name)
{
    /// <summary>Every province-level code a certificate or ID number may carry, in code order.</summary>
    public static IReadOnlyList<Province> All { get; } =
    [
        new("11", "北京市"), new("12", "天津市"), new("13", "河北省"), new("14", "山西省"), new("15", "内蒙古自治区"),
        new("21", "辽宁省"), new("22", "吉林省"), new("23", "黑龙江省"),
        new("31", "上海市"), new("32", "江苏省"), new("33", "浙江省"), new("34", "安徽省"), new("35", "福建省"),
        new("36", "江西省"), new("37", "山东省"),
        new("41", "河南省"), new("42", "湖北省"), new("43", "湖南省"), new("44", "广东省"), new("45", "广西壮族自治区"),
        new("46", "海南省"),
        new("50", "重庆市"), new("51", "四川省"), new("52", "贵州省"), new("53", "云南省"), new("54", "西藏自治区"),
        new("61", "陕西省"), new("62", "甘肃省"), new("63", "青海省"), new("64", "宁夏回族自治区"), new("65", "新疆维吾尔自治区"),
        new("71", "台湾省"), new("81", "香港特别行政区"), new("82", "澳门特别行政区"),
    ];

    private static readonly Dictionary<string, Province> ByCode = All.ToDictionary(p => p.Code, StringComparer.Ordinal);

    /// <summary>Finds the province for a two-digit code, or null when the code is not in GB/T 2260.</summary>
    public static Province? Find(string code) => ByCode.GetValueOrDefault(code);
}
