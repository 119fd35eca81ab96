namespace SkillCert.Core.Numbers;

/// <summary>One of the two certificate-number layouts: they differ only in the serial's width.</summary>
public sealed record NumberForm
{
    private NumberForm(string name, int serialDigits, string description, string descriptionZh)
    {
        Name = name;
        SerialDigits = serialDigits;
        Description = description;
        DescriptionZh = descriptionZh;
    }

    /// <summary>The national rule: a letter and 21 digits, with a six-digit serial.</summary>
    public static NumberForm National22 { get; } = new("national-22", 6, "the national form: a letter and 21 digits", "全国统一格式：1 位字母加 21 位数字");

    /// <summary>The form of the notice's own table and example, with a five-digit serial.</summary>
    public static NumberForm Notice21 { get; } = new("notice-21", 5, "the notice's table: a letter and 20 digits", "通知表格中的格式：1 位字母加 20 位数字");

    public static IReadOnlyList<NumberForm> All { get; } = [National22, Notice21];

    /// <summary>The stable name used in JSON, configuration and the export.</summary>
    public string Name { get; }

    public int SerialDigits { get; }

    public string Description { get; }

    /// <summary>The same description in Chinese, for the administrators' terminal.</summary>
    public string DescriptionZh { get; }

    /// <summary>Total characters: the 16-character prefix plus the serial.</summary>
    public int Length => CertificateNumber.PrefixLength + SerialDigits;

    /// <summary>The largest serial this form can hold.</summary>
    public int MaxSerial => SerialDigits == 6 ? 999_999 : 99_999;

    /// <summary>The form with this stable name, or null.</summary>
    public static NumberForm? FromName(string? name) => All.FirstOrDefault(f => f.Name == name);

    /// <summary>The form whose length this is, or null.</summary>
    public static NumberForm? FromLength(int length) => All.FirstOrDefault(f => f.Length == length);

    public override string ToString() => Name;
}
