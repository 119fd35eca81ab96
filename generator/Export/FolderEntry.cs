using System.IO.Enumeration;

namespace SkillCert.Generator.Export;

/// <summary>
/// A name in a folder and whether it is a folder, listed without a stat call per entry (the directory listing
/// already says which entries are folders): the rosters tree has tens of thousands of files.
/// </summary>
public readonly record struct FolderEntry(string Name, string FullPath, bool IsDirectory)
{
    /// <summary>The entries of a folder in ordinal name order, hidden ones (a leading dot) left out.</summary>
    public static List<FolderEntry> List(string folder)
    {
        var entries = new FileSystemEnumerable<FolderEntry>(folder,
            (ref FileSystemEntry e) => new FolderEntry(e.FileName.ToString(), e.ToFullPath(), e.IsDirectory),
            new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false })
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.FileName.StartsWith('.'),
        };
        return entries.OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
    }
}
