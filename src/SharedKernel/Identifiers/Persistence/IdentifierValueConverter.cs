using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Governance.SharedKernel.Identifiers.Persistence;

/// <summary>Stores an identifier as its canonical string; reading re-runs the checks, so a bad row fails loudly.</summary>
public sealed class IdentifierValueConverter<T>()
    : ValueConverter<T, string>(value => value.ToString()!, text => FromString(text))
    where T : class, IIdentifier<T>
{
    // Expression trees cannot call static abstract interface members directly.
    private static T FromString(string text) => T.Parse(text);
}
