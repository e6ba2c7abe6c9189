using System.Text;
using System.Text.RegularExpressions;

namespace Governance.SharedKernel.Modules;

/// <summary>The naming rules that tie a module id to its URL segment and schema.</summary>
public static partial class ModuleNaming
{
    public const string PlatformSchema = "platform";

    [GeneratedRegex("^[A-Z][A-Za-z0-9]*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex SchemaPattern();

    public static bool IsValidId(string? id) => id is not null && IdPattern().IsMatch(id);

    public static bool IsValidSchema(string? schema) => schema is not null && SchemaPattern().IsMatch(schema);

    /// <summary><c>FloatingPopulation</c> → <c>floating-population</c>.</summary>
    public static string ToKebabCase(string id) => Separate(id, '-');

    /// <summary><c>FloatingPopulation</c> → <c>floating_population</c>.</summary>
    public static string ToSnakeCase(string id) => Separate(id, '_');

    private static string Separate(string id, char separator)
    {
        var result = new StringBuilder(id.Length + 4);
        for (var i = 0; i < id.Length; i++)
        {
            if (char.IsUpper(id[i]) && i > 0)
            {
                result.Append(separator);
            }

            result.Append(char.ToLowerInvariant(id[i]));
        }

        return result.ToString();
    }
}
