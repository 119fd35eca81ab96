namespace SkillCert.Core.Diagnostics;

/// <summary>Collects every diagnostic of a run, so that one run reports all problems, not just the first.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<Diagnostic> Items
    {
        get
        {
            lock (_gate) return _items.ToArray();
        }
    }

    public bool HasErrors
    {
        get
        {
            lock (_gate) return _items.Exists(d => d.IsError);
        }
    }

    public int ErrorCount
    {
        get
        {
            lock (_gate) return _items.Count(d => d.IsError);
        }
    }

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate) _items.Add(diagnostic);
    }

    /// <summary>An error at a place, its message in Chinese and in English.</summary>
    public void Error(string code, SourceSpot at, string message, string messageEn) =>
        Add(new(Severity.Error, code, at.File, at.Line, at.Column, message, messageEn));

    /// <summary>A warning at a place, its message in Chinese and in English.</summary>
    public void Warning(string code, SourceSpot at, string message, string messageEn) =>
        Add(new(Severity.Warning, code, at.File, at.Line, at.Column, message, messageEn));

    /// <summary>Every diagnostic in file, line and column order, so output is the same from run to run.</summary>
    public IReadOnlyList<Diagnostic> Sorted() => DiagnosticOrder.Sort(Items);
}
