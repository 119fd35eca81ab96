using System.Collections.Concurrent;
using System.Net;

namespace SkillCert.Tests.Integration.Faults;

/// <summary>Workers that query random real certificate numbers back to back until stopped, counting what came back.</summary>
internal sealed class SteadyLoad
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task[] _workers;
    private readonly ConcurrentQueue<string> _failures = new();
    private int _served;
    private int _serverErrors;

    public SteadyLoad(HttpClient client, string[] numbers, int workers)
    {
        _workers = Enumerable.Range(0, workers).Select(seed => Task.Run(() => RunAsync(client, numbers, new Random(seed)))).ToArray();
    }

    private async Task RunAsync(HttpClient client, string[] numbers, Random random)
    {
        while (!_stop.IsCancellationRequested)
        {
            try
            {
                using var response = await client.GetAsync(new Uri("/api/v1/certificates/" + numbers[random.Next(numbers.Length)], UriKind.Relative));
                if ((int)response.StatusCode >= 500) Interlocked.Increment(ref _serverErrors);
                else if (response.StatusCode != HttpStatusCode.OK) _failures.Enqueue($"{(int)response.StatusCode}");
                else Interlocked.Increment(ref _served);
            }
            catch (HttpRequestException e)
            {
                _failures.Enqueue(e.Message);
            }
        }
    }

    /// <summary>Returns once the workers have been answered <paramref name="more"/> more times: a measure of work, not of time, so a busy machine only makes it slower.</summary>
    public Task ServedAtLeastAsync(int more)
    {
        var target = Volatile.Read(ref _served) + more;
        return Api.Eventually.True(() => Task.FromResult(Volatile.Read(ref _served) >= target), $"{more} more answers under load");
    }

    public async Task<(int Served, int ServerErrors, IReadOnlyCollection<string> Failures)> StopAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_workers);
        _stop.Dispose();
        return (_served, _serverErrors, _failures.ToArray());
    }
}
