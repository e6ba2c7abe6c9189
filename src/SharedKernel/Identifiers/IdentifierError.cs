namespace Governance.SharedKernel.Identifiers;

/// <summary>Why a string is not a valid identifier.</summary>
/// <param name="Code">Stable English code from <see cref="IdentifierErrorCodes"/>, for clients and logs.</param>
/// <param name="Message">What is wrong, in Chinese, for the person who typed it.</param>
/// <param name="Position">1-based position of the first offending character, where one can be named.</param>
public sealed record IdentifierError(string Code, string Message, int? Position = null)
{
    public override string ToString() => Message;
}
