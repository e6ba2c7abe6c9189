using System.Text.Json;
using System.Text.Json.Serialization;

namespace Governance.SharedKernel.Identifiers;

/// <summary>Writes an identifier as its canonical string and reads it back through its checks.</summary>
/// <remarks>Without it an identifier would be written as an object of its derived properties.</remarks>
public sealed class IdentifierJsonConverter<T> : JsonConverter<T>
    where T : class, IIdentifier<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"{typeof(T).Name} 应为字符串");
        }

        return T.TryParse(reader.GetString(), out var value, out var error) ? value : throw new JsonException(error.Message);
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
