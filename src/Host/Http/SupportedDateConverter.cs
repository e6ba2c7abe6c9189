using System.Text.Json;
using System.Text.Json.Serialization;
using Governance.SharedKernel.Time;

namespace Governance.Host.Http;

/// <summary>
/// Reads a date or an instant as System.Text.Json does and refuses one outside <see cref="SupportedDates"/>, so that the
/// request gets a 400 naming the field instead of an overflow in the arithmetic behind it.
/// </summary>
internal sealed class SupportedDateConverter<T> : JsonConverter<T>
    where T : struct
{
    private static readonly JsonConverter<T> Standard = (JsonConverter<T>)JsonSerializerOptions.Default.GetConverter(typeof(T));

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = Standard.Read(ref reader, typeToConvert, options);
        return SupportedDates.IsOutside(value) ? throw new JsonException(SupportedDates.Message) : value;
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => Standard.Write(writer, value, options);
}
