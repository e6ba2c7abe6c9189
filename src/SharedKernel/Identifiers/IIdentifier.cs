using System.Diagnostics.CodeAnalysis;

namespace Governance.SharedKernel.Identifiers;

/// <summary>
/// An identifier that is only ever constructed from a string that passed its checks, and whose
/// <see cref="object.ToString"/> is its canonical form. Lets converters and validators be written once.
/// </summary>
public interface IIdentifier<TSelf> : IParsable<TSelf>
    where TSelf : class, IIdentifier<TSelf>
{
    static abstract bool TryParse(
        [NotNullWhen(true)] string? input,
        [NotNullWhen(true)] out TSelf? value,
        [NotNullWhen(false)] out IdentifierError? error);

    /// <exception cref="InvalidIdentifierException">The input is not a valid identifier.</exception>
    static abstract TSelf Parse(string input);

    static TSelf IParsable<TSelf>.Parse(string s, IFormatProvider? provider) => TSelf.Parse(s);

    static bool IParsable<TSelf>.TryParse(
        [NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out TSelf result) =>
        TSelf.TryParse(s, out result, out _);
}
