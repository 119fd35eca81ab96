using System.Diagnostics;
using Microsoft.Playwright;

namespace SkillCert.Tests.Browser.Infrastructure;

/// A Chromium whose camera films a picture: Debian's ffmpeg turns the PNG into a looping Y4M video, which Chromium's fake
/// capture device plays to getUserMedia, and the fake permission prompt allows. Disposing closes the browser and deletes
/// the folder with the video.
public sealed class FakeCamera : IAsyncDisposable
{
    public const string Ffmpeg = "/usr/bin/ffmpeg";

    private readonly string _folder;

    private FakeCamera(string folder, IBrowser browser)
    {
        _folder = folder;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    /// Films <paramref name="png"/>, in the middle of a white 640×480 frame, as a phone held over the paper would see it.
    public static async Task<FakeCamera> FilmingAsync(Chromium chromium, string parent, byte[] png)
    {
        if (!File.Exists(Ffmpeg))
            throw new InvalidOperationException($"{Ffmpeg} is missing; install it with: sudo apt-get install -y ffmpeg (./test.sh does this when it may)");
        var folder = Directory.CreateDirectory(Path.Combine(parent, "fake-camera-" + Guid.NewGuid().ToString("N"))).FullName;
        try
        {
            var picture = Path.Combine(folder, "picture.png");
            var video = Path.Combine(folder, "camera.y4m");
            await File.WriteAllBytesAsync(picture, png);
            await RunFfmpegAsync("-hide_banner", "-loglevel", "error", "-y", "-loop", "1", "-i", picture,
                "-vf", "scale=400:400:force_original_aspect_ratio=decrease:flags=neighbor,pad=640:480:(ow-iw)/2:(oh-ih)/2:white,format=yuv420p",
                "-r", "10", "-frames:v", "10", video);
            var browser = await chromium.LaunchAsync("--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream",
                "--use-file-for-fake-video-capture=" + video);
            return new FakeCamera(folder, browser);
        }
        catch
        {
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    private static async Task RunFfmpegAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(Ffmpeg) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"ffmpeg failed ({process.ExitCode}): {await error}");
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }
}
