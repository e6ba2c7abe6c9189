using System.Text.Json;
using System.Text.Json.Serialization;

namespace Governance.Host.Http;

/// <summary>
/// Refuses JSON strings holding a NUL character (<c>\u0000</c>), which PostgreSQL cannot store in text: the request gets a
/// 400 naming the field instead of failing in the database.
/// </summary>
internal sealed class StorableTextConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        return text is not null && text.Contains('\0')
            ? throw new JsonException("文本不能含有 NUL 控制字符（\\u0000）")
            : text;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
