using System.Collections.Concurrent;
using PuppeteerSharp;
using SkillCert.Generator.Diagnostics;

namespace SkillCert.Generator.Certificates;

/// <summary>
/// Prints rendered certificate pages to PDF through Chromium, one A4 PDF per page, honouring the stylesheet's
/// <c>@page</c> size and its background colours, then stamped with its document information. One browser, a page per core.
/// </summary>
public static class PdfPrinter
{
    /// <summary>
    /// Prints each HTML file to the PDF path beside it, with its document information when one is given; throws
    /// <see cref="PdfPrintException"/> when Chromium cannot be used.
    /// </summary>
    public static async Task PrintAsync(IReadOnlyList<(string Html, string Pdf, PdfDocumentInfo? Info)> pages)
    {
        if (!File.Exists(ChromiumLaunch.ExecutablePath))
            throw new PdfPrintException(DiagnosticStyle.Current.Say($"{ChromiumLaunch.ExecutablePath} 没有安装 Chromium；请用 apt-get install chromium 安装，或改用 HTML 格式",
                $"Chromium is not installed at {ChromiumLaunch.ExecutablePath}; install it with 'apt-get install chromium'"));
        try
        {
            await using var browser = await Puppeteer.LaunchAsync(ChromiumLaunch.Options()).ConfigureAwait(false);
            var queue = new ConcurrentQueue<(string Html, string Pdf, PdfDocumentInfo? Info)>(pages);
            var workers = Enumerable.Range(0, Math.Clamp(Environment.ProcessorCount, 1, Math.Max(1, pages.Count))).Select(async _ =>
            {
                var page = await browser.NewPageAsync().ConfigureAwait(false);
                while (queue.TryDequeue(out var item))
                {
                    await page.GoToAsync(new Uri(Path.GetFullPath(item.Html)).AbsoluteUri).ConfigureAwait(false);
                    await page.PdfAsync(item.Pdf, new PdfOptions { PreferCSSPageSize = true, PrintBackground = true }).ConfigureAwait(false);
                    if (item.Info is { } info) PdfInfoStamp.Apply(item.Pdf, info);
                }
                await page.CloseAsync().ConfigureAwait(false);
            });
            await Task.WhenAll(workers).ConfigureAwait(false);
        }
        catch (PuppeteerException e)
        {
            throw new PdfPrintException(DiagnosticStyle.Current.Say($"Chromium 无法打印证书（{e.Message.Split('\n')[0]}）",
                $"Chromium could not print the certificates: {e.Message.Split('\n')[0]}"), e);
        }
    }
}
