using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using SkillCert.VerifyApi.Configuration;
using SkillCert.VerifyApi.Guesses;

namespace SkillCert.VerifyApi.Http;

/// <summary>
/// Per-client token buckets. Plain number queries share one budget; lookups and name checks share a
/// stricter one, because they are how someone would test guesses about a person. The daily budgets on what is
/// guessed (<see cref="GuessBudgets"/>) are registered here too: they are the limits that hold whoever asks.
/// </summary>
public static class RateLimits
{
    /// <summary>
    /// The one policy every API group requires. A single policy keeps one limiter per client and budget,
    /// so name checks and lookups draw on the same strict budget.
    /// </summary>
    public const string PerClient = "per-client";

    /// <summary>Endpoint metadata that puts every request to the endpoint on the strict budget.</summary>
    public static StrictBudget Strict { get; } = new();

    public static IServiceCollection AddVerifyRateLimits(this IServiceCollection services)
    {
        services.AddSingleton<IValidateOptions<VerifyOptions>, VerifyOptionsValidation>();
        services.AddOptions<VerifyOptions>().ValidateOnStart();
        services.AddSingleton<ClientPartitions>().AddSingleton<GuessBudgets>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<VerifyOptions>, ClientPartitions>((o, settings, partitions) =>
        {
            var limits = settings.Value.RateLimit;
            // Built once: the per-request partition function then allocates nothing but the client key.
            var plain = Bucket(limits.PermitsPerMinute);
            var strict = Bucket(limits.LookupPermitsPerMinute);
            Func<ClientBudget, TokenBucketRateLimiterOptions> options = key => key.Strict ? strict : plain;
            // The partitioned limiter refills every bucket from its one timer; a bucket of its own would keep a timer each.
            o.AddPolicy(PerClient, http => RateLimitPartition.GetTokenBucketLimiter(partitions.Of(http, IsStrict(http)), options));
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) => Reject(context);
        });
        return services;
    }

    private static bool IsStrict(HttpContext http) =>
        http.GetEndpoint()?.Metadata.GetMetadata<StrictBudget>() is not null || !string.IsNullOrEmpty(http.Request.Query["name"]);

    /// <summary>A bucket holding a minute's permits, refilled evenly, so a client can burst once and then keeps the rate.</summary>
    private static TokenBucketRateLimiterOptions Bucket(int perMinute)
    {
        var permits = Math.Max(1, perMinute);
        var (period, tokens) = permits >= 60
            ? (TimeSpan.FromSeconds(1), permits / 60)
            : (TimeSpan.FromSeconds(60.0 / permits), 1);
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = permits,
            TokensPerPeriod = tokens,
            ReplenishmentPeriod = period,
            QueueLimit = 0,
            AutoReplenishment = false,
        };
    }

    private static ValueTask Reject(OnRejectedContext context)
    {
        var http = context.HttpContext;
        var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 60;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        http.Response.Headers.CacheControl = "no-store";
        if (http.GetEndpoint()?.Metadata.GetMetadata<RejectionPage>() is { } page) return new ValueTask(page.WriteAsync(http, seconds));
        return new ValueTask(ProblemWriter.WriteAsync(http, ProblemWriter.Problem(StatusCodes.Status429TooManyRequests,
            "Too many requests", $"This address has used its requests for now; try again in {seconds} seconds.",
            "请求过于频繁", $"请在 {seconds} 秒后重试。")));
    }
}
