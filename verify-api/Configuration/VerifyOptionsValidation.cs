using Microsoft.Extensions.Options;
using SkillCert.Core.Diagnostics;
using SkillCert.VerifyApi.Http;

namespace SkillCert.VerifyApi.Configuration;

/// <summary>Refuses, at start-up and with the key named, settings the limits or the proxies cannot work with.</summary>
public sealed class VerifyOptionsValidation : IValidateOptions<VerifyOptions>
{
    public ValidateOptionsResult Validate(string? name, VerifyOptions options)
    {
        var language = options.MessageLanguage();
        var problems = RateLimitProblems(options.RateLimit).Concat(TrustedProxies.Problems(options)).Select(p => p.ToString(language)).ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static IEnumerable<Diagnostic> RateLimitProblems(RateLimitOptions limits)
    {
        foreach (var (key, value) in new[]
                 {
                     (nameof(RateLimitOptions.WrongNamesPerCertificate), limits.WrongNamesPerCertificate),
                     (nameof(RateLimitOptions.FailedLookupsPerName), limits.FailedLookupsPerName),
                     (nameof(RateLimitOptions.FailedLookupsPerRegion), limits.FailedLookupsPerRegion),
                 })
        {
            if (value is < 1 or > RateLimitOptions.MaxDailyCap)
                yield return SettingProblems.OutOfRange($"SkillCert:RateLimit:{key}", value, 1, RateLimitOptions.MaxDailyCap);
        }
        if (limits.ClientPartitions < 1)
            yield return SettingProblems.TooLow("SkillCert:RateLimit:ClientPartitions", limits.ClientPartitions, 1, null);
        if (limits.CoarsePartitions < 0)
            yield return SettingProblems.TooLow("SkillCert:RateLimit:CoarsePartitions", limits.CoarsePartitions, 0, null);
    }
}
