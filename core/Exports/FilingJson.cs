using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using SkillCert.Core.Institutions;

namespace SkillCert.Core.Exports;

/// <summary>
/// The JSON of a filing as the export's <c>institutions.filing</c> column holds it, so that a reader of the export
/// can rebuild the <see cref="Institution"/> and ask it for its status and scope on any day. Web naming (camelCase),
/// event types in snake_case as in the content files, dates as yyyy-MM-dd, Chinese kept readable.
/// </summary>
public static class FilingJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter<FilingEventType>(JsonNamingPolicy.SnakeCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = ExportJsonContext.Default.WithAddedModifier(DropComputedProperties),
    };

    private static readonly JsonTypeInfo<Institution> Filing = (JsonTypeInfo<Institution>)Options.GetTypeInfo(typeof(Institution));

    public static string Serialize(Institution institution) => JsonSerializer.Serialize(institution, Filing);

    /// <summary>Reads a filing back; throws <see cref="JsonException"/> when the text is not one.</summary>
    public static Institution Deserialize(string json) =>
        JsonSerializer.Deserialize(json, Filing) ?? throw new JsonException("the filing JSON is null");

    // Labels and other read-only conveniences are derived from the stored fields; storing them too would only
    // let the two disagree.
    private static void DropComputedProperties(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object) return;
        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            if (info.Properties[i].Set is null && info.Properties[i].AssociatedParameter is null) info.Properties.RemoveAt(i);
        }
    }
}
