using System.Text;
using CsCheck;
using SkillCert.Generator.Content;

namespace SkillCert.Tests.Unit.Content;

/// <summary>The parse cache's reader reads back exactly what a BinaryWriter wrote, and never reads past the end.</summary>
public class StoredFieldsTests
{
    // Any character of the Basic Multilingual Plane but a surrogate: what BinaryWriter.Write(char) can write alone.
    private static readonly Gen<char> Character = Gen.OneOf(Gen.Char[' ', '~'], Gen.Char['\u4e00', '\u9fff'], Gen.Char['\u0080', '\ud7ff'], Gen.Char['\ue000', '\uffff']);

    [Fact]
    public void What_a_BinaryWriter_wrote_comes_back_field_by_field()
    {
        Gen.Select(Gen.String[Character, 0, 300], Gen.Int, Gen.Long, Gen.Bool, Character).Sample((text, number, big, flag, single) =>
        {
            var data = Written(writer =>
            {
                writer.Write(text);
                writer.Write(number);
                writer.Write(big);
                writer.Write(flag);
                writer.Write(single);
            });
            var reader = new StoredFields(data);
            Assert.Equal(text, reader.ReadString());
            Assert.Equal(number, reader.ReadInt32());
            Assert.Equal(big, reader.ReadInt64());
            Assert.Equal(flag, reader.ReadBoolean());
            Assert.Equal(single, reader.ReadChar());
            Assert.True(reader.AtEnd);
        });
    }

    [Fact]
    public void A_field_cut_short_is_the_end_of_the_stream_not_a_shorter_value()
    {
        var data = Written(writer => writer.Write("忻州示例机械有限公司"));
        Assert.Throws<EndOfStreamException>(() => new StoredFields(data.AsSpan(0, data.Length - 1)).ReadString());
        Assert.Throws<EndOfStreamException>(() => new StoredFields(data.AsSpan(0, 3)).ReadInt32());
        Assert.Throws<EndOfStreamException>(() => new StoredFields([]).ReadChar());
    }

    [Fact]
    public void A_length_of_more_than_five_bytes_is_not_a_length()
    {
        Assert.Throws<FormatException>(() => new StoredFields([0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01]).ReadString());
    }

    private static byte[] Written(Action<BinaryWriter> write)
    {
        var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true)) write(writer);
        return stream.ToArray();
    }
}
