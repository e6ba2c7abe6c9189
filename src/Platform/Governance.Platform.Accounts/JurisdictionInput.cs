using System.Diagnostics.CodeAnalysis;
using Governance.SharedKernel.Identifiers;
using Governance.SharedKernel.Security;

namespace Governance.Platform.Accounts;

/// <summary>A user's jurisdiction as typed by an administrator: a region code in any written form, or a 15-digit grid code.</summary>
internal static class JurisdictionInput
{
    /// <summary>The <see cref="Jurisdiction"/> code (region prefix or grid code) of <paramref name="input"/>, or why it is not one.</summary>
    public static bool TryNormalize(
        string? input, [NotNullWhen(true)] out string? code, [NotNullWhen(false)] out string? error)
    {
        var text = input?.Trim() ?? "";
        code = null;
        if (text.Length == GridCode.Length)
        {
            if (GridCode.TryParse(text, out var grid, out var gridError))
            {
                code = Jurisdiction.Of(grid).Code;
            }

            error = gridError?.Message;
            return code is not null;
        }

        if (RegionCode.TryParse(text, out var region, out var regionError))
        {
            code = Jurisdiction.Of(region).Code;
        }

        error = regionError?.Message;
        return code is not null;
    }

    public static string? Normalize(string? input) =>
        string.IsNullOrWhiteSpace(input) ? null : TryNormalize(input, out var code, out _) ? code : input;
}
