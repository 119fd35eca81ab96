using System.Globalization;
using SkillCert.Core.Diagnostics;

namespace SkillCert.VerifyApi.Configuration;

/// <summary>
/// What is wrong with one of the service's settings, as a diagnostic naming the key, in Chinese and in English: the
/// service prints these and does not start (docs/diagnostics.md explains each code).
/// </summary>
public static class SettingProblems
{
    public static Diagnostic OutOfRange(string key, int value, int low, int high) => Error(DiagnosticCodes.SettingOutOfRange, key,
        string.Create(CultureInfo.InvariantCulture, $"设置值 {value} 不在 {low} 到 {high} 之间；请改成这个范围里的整数"),
        string.Create(CultureInfo.InvariantCulture, $"{value} is not between {low} and {high}"));

    public static Diagnostic TooLow(string key, int value, int low, Phrase? how) => Error(DiagnosticCodes.SettingOutOfRange, key,
        string.Create(CultureInfo.InvariantCulture, $"设置值 {value} 小于 {low}；") + (how?.Zh ?? string.Create(CultureInfo.InvariantCulture, $"请改成不小于 {low} 的整数")),
        string.Create(CultureInfo.InvariantCulture, $"{value} is below {low}") + (how is null ? "" : "; " + how.En));

    public static Diagnostic NotAnAddress(string key, string entry) => Error(DiagnosticCodes.SettingNotAnAddress, key,
        $"“{entry}”既不是 IP 地址，也不是 CIDR 网段；请写成 10.0.0.5 这样的地址，或 10.0.0.0/8、fd00::/8 这样的网段",
        $"'{entry}' is neither an IP address nor a CIDR range; write an address such as 10.0.0.5, or a range such as 10.0.0.0/8 or fd00::/8");

    private static Diagnostic Error(string code, string key, string zh, string en) => new(Severity.Error, code, key, 0, 0, zh, en);
}
