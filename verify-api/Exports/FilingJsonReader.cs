using System.Text.Json;
using System.Text.Json.Serialization;
using SkillCert.Core.Institutions;

namespace SkillCert.VerifyApi.Exports;

/// <summary>
/// Reads <c>institutions.filing</c>: the core <see cref="Institution"/> record written with System.Text.Json's web
/// defaults. A stopgap until core has one FilingJson serializer shared with the export; enum values are accepted
/// as numbers or names so that either choice on the writing side reads back.
/// </summary>
public static class FilingJsonReader
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The filing, or a <see cref="JsonException"/> that says what is wrong with it.</summary>
    public static Institution Read(string json) =>
        JsonSerializer.Deserialize<Institution>(json, Options) ?? throw new JsonException("the filing is null");
}
