using System.Text;

namespace SkillCert.Tests.Unit.Fuzzing;

/// A fuzzed file's bytes, shown when a property fails as a C# string literal of Latin-1 characters, one per byte, that a
/// regression test can paste and turn back into the bytes with Encoding.Latin1.GetBytes.
internal sealed record FuzzFile(byte[] Bytes)
{
    public override string ToString()
    {
        var text = new StringBuilder("\"");
        foreach (var c in Encoding.Latin1.GetString(Bytes))
        {
            text.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                _ when c is < ' ' or > '~' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }
        return $"{Bytes.Length} bytes: {text}\" (UTF-8: {Encoding.UTF8.GetString(Bytes).ReplaceLineEndings("⏎")})";
    }
}
