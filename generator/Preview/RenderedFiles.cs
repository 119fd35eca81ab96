using System.Collections.Concurrent;
using System.Text;
using SkillCert.Generator.Build;

namespace SkillCert.Generator.Preview;

/// <summary>
/// The preview's files as last rendered, one per site path, kept with the fingerprint they were rendered for. A file is
/// rendered when it is first asked for with a new fingerprint, by a request or by the link check, and only once, however
/// many ask at the same time; the same fingerprint never renders again.
/// </summary>
public sealed class RenderedFiles
{
    private sealed record Slot(string Fingerprint, Lazy<RenderedFile> File);

    private readonly ConcurrentDictionary<string, Slot> _slots = new(StringComparer.Ordinal);

    /// <summary>How many files have been rendered since the preview started.</summary>
    public int RenderCount => _renders;

    private int _renders;

    /// <summary>The file as <paramref name="output"/> plans it; throws <see cref="TemplateRenderException"/> when its template fails.</summary>
    public RenderedFile Get(PlannedOutput output)
    {
        var slot = _slots.AddOrUpdate(output.Path, _ => New(output), (_, old) => old.Fingerprint == output.Fingerprint ? old : New(output));
        return slot.File.Value;
    }

    /// <summary>True when the file was rendered for this fingerprint already, so asking for it costs nothing.</summary>
    public bool Has(PlannedOutput output) =>
        _slots.TryGetValue(output.Path, out var slot) && slot.Fingerprint == output.Fingerprint && slot.File.IsValueCreated;

    /// <summary>Drops what no plan holds any more: a page whose institution was deleted, say.</summary>
    public void KeepOnly(IReadOnlySet<string> paths)
    {
        foreach (var gone in _slots.Keys.Where(p => !paths.Contains(p)).ToArray()) _slots.TryRemove(gone, out _);
    }

    private Slot New(PlannedOutput output) => new(output.Fingerprint, new Lazy<RenderedFile>(() => Render(output), LazyThreadSafetyMode.ExecutionAndPublication));

    private RenderedFile Render(PlannedOutput output)
    {
        Interlocked.Increment(ref _renders);
        if (output.RenderHtml is { } render)
        {
            var page = render();
            return new RenderedFile(Encoding.UTF8.GetBytes(page.Html), LinkExtractor.From(output.Path, page.Html, page.Links));
        }
        return new RenderedFile(output.RenderData!(), null);
    }
}
