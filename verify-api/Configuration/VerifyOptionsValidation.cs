using Microsoft.Extensions.Options;
using SkillCert.VerifyApi.Http;

namespace SkillCert.VerifyApi.Configuration;

/// <summary>Refuses, at start-up and with the key named, settings the limits or the proxies cannot work with.</summary>
public sealed class VerifyOptionsValidation : IValidateOptions<VerifyOptions>
{
    public ValidateOptionsResult Validate(string? name, VerifyOptions options)
    {
        var problems = RateLimitProblems(options.RateLimit).Concat(TrustedProxies.Problems(options)).ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static IEnumerable<string> RateLimitProblems(RateLimitOptions limits)
    {
        foreach (var (key, value) in new[]
                 {
                     (nameof(RateLimitOptions.WrongNamesPerCertificate), limits.WrongNamesPerCertificate),
                     (nameof(RateLimitOptions.FailedLookupsPerName), limits.FailedLookupsPerName),
                     (nameof(RateLimitOptions.FailedLookupsPerRegion), limits.FailedLookupsPerRegion),
                 })
        {
            if (value is < 1 or > RateLimitOptions.MaxDailyCap)
                yield return $"SkillCert:RateLimit:{key}: {value} is not between 1 and {RateLimitOptions.MaxDailyCap}";
        }
        if (limits.ClientPartitions < 1)
            yield return $"SkillCert:RateLimit:ClientPartitions: {limits.ClientPartitions} is below 1";
        if (limits.CoarsePartitions < 0)
            yield return $"SkillCert:RateLimit:CoarsePartitions: {limits.CoarsePartitions} is below 0";
    }
}
