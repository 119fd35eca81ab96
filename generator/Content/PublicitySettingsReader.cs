using System.Globalization;
using SkillCert.Core.Catalogue;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Content;

/// <summary>
/// Reads site.yml's <c>publicity:</c> (the notices of the batches in publicity). Every key is optional: without them the
/// notices open with <see cref="PublicitySettings.DefaultIntro"/>, send objections to the centre at the site's contact,
/// and stay up <see cref="PublicitySettings.DefaultDaysAfter"/> days after their period.
/// </summary>
public static class PublicitySettingsReader
{
    public const string Key = "publicity";

    private static readonly string[] Known = ["intro", "objections", "days_after"];
    private static readonly string[] ContactKeys = ["to", "address", "phone", "email"];

    /// <summary>The settings under <c>publicity:</c> of <paramref name="site"/>, with the site's contact as the objection contact when none is given.</summary>
    public static PublicitySettings Read(MappingReader site, string? address, string? phone, string? email)
    {
        var fallback = new PublicitySettings { ObjectionAddress = address, ObjectionPhone = phone, ObjectionEmail = email };
        var map = site.Mapping(Key);
        if (map is null) return fallback;
        map.WarnUnknownKeys(Known);
        var settings = fallback with
        {
            Intro = map.String("intro") ?? PublicitySettings.DefaultIntro,
            DaysAfter = DaysAfter(map),
        };
        var objections = map.Mapping("objections");
        if (objections is null) return settings;
        objections.WarnUnknownKeys(ContactKeys);
        var objectionEmail = objections.String("email");
        if (objectionEmail is not null && !LooksLikeEmail(objectionEmail))
            Error(objections, "email", $"publicity.objections.email \"{objectionEmail}\" 不是电子邮箱地址：写成 name@example.org 的样子，或者删去这一项",
                $"publicity.objections.email \"{objectionEmail}\" is not an email address: write it as name@example.org, or leave the key out");
        settings = settings with
        {
            ObjectionsTo = objections.String("to"),
            ObjectionAddress = objections.String("address"),
            ObjectionPhone = objections.String("phone"),
            ObjectionEmail = objectionEmail,
        };
        if (settings is { ObjectionAddress: null, ObjectionPhone: null, ObjectionEmail: null })
            site.Bag.Error(DiagnosticCodes.BadSiteSetting, map.KeySpotOf("objections"),
                "publicity.objections 没有写受理异议的联系方式：至少写明 address（地址）、phone（电话）、email（邮箱）中的一项，公众才知道向哪里反映",
                "publicity.objections names no contact for objections: give at least one of address, phone and email, so the public knows where to write");
        return settings;
    }

    private static int DaysAfter(MappingReader map)
    {
        var text = map.String("days_after");
        if (text is null) return PublicitySettings.DefaultDaysAfter;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days <= PublicitySettings.MaxDaysAfter) return days;
        Error(map, "days_after",
            $"publicity.days_after \"{text}\" 不是 0 到 {PublicitySettings.MaxDaysAfter} 之间的整数：写公示期满后公告还在网站上保留几天，例如 30",
            $"publicity.days_after \"{text}\" is not a whole number from 0 to {PublicitySettings.MaxDaysAfter}: the days a notice stays on the site after its period, for example 30");
        return PublicitySettings.DefaultDaysAfter;
    }

    private static bool LooksLikeEmail(string text) =>
        text.IndexOf('@', StringComparison.Ordinal) is var at and > 0 && at < text.Length - 1 && !text.Any(char.IsWhiteSpace)
        && text.IndexOf('@', at + 1) < 0;

    private static void Error(MappingReader map, string key, string message, string messageEn) =>
        map.Bag.Error(DiagnosticCodes.BadSiteSetting, map.SpotOf(key), message, messageEn);
}
