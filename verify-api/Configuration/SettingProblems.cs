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

    /// <summary>The address the service was to listen on is not one, or is taken; the system says which in <paramref name="e"/>.</summary>
    public static Diagnostic CannotListen(string urls, Exception e) => Error(DiagnosticCodes.CannotListen, "urls",
        e is FormatException
            ? $"监听地址“{urls}”写得不对（{e.Message}）；请写成 http://127.0.0.1:5180 这样，多个地址用分号隔开"
            : $"不能在“{urls}”上监听（{e.Message}）：这个端口多半已被另一个程序（或另一个核验服务）占用；请停掉那个程序，或换一个端口（--urls http://127.0.0.1:5181）",
        $"cannot listen on '{urls}': {e.Message}");

    private static Diagnostic Error(string code, string key, string zh, string en) => new(Severity.Error, code, key, 0, 0, zh, en);
}
