using System.Net;

namespace SkillCert.Benchmarks.Api;

/// <summary>
/// Saves the API's own answers for the sampled numbers under ROOT/api/v1/certificates/, so nginx, the
/// peer, serves byte-for-byte the same JSON at the same paths.
/// </summary>
public static class BodySnapshot
{
    public static async Task<int> RunAsync(Uri api, string numbersFile, string root)
    {
        var folder = Path.Combine(root, "api", "v1", "certificates");
        Directory.CreateDirectory(folder);
        using var client = new HttpClient { BaseAddress = api };
        var numbers = await File.ReadAllLinesAsync(numbersFile);
        var failed = 0;
        await Parallel.ForEachAsync(numbers, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (number, ct) =>
        {
            using var response = await client.GetAsync(new Uri("api/v1/certificates/" + number, UriKind.Relative), ct);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                Interlocked.Increment(ref failed);
                return;
            }
            await File.WriteAllBytesAsync(Path.Combine(folder, number), await response.Content.ReadAsByteArrayAsync(ct), ct);
        });
        Console.WriteLine($"bodies: {numbers.Length - failed} saved, {failed} failed -> {folder}");
        return failed == 0 ? 0 : 1;
    }
}
