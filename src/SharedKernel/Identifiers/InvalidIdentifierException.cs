namespace Governance.SharedKernel.Identifiers;

/// <summary>Thrown by the <c>Parse</c> methods of the identifier types; <see cref="Error"/> says what is wrong.</summary>
public sealed class InvalidIdentifierException(IdentifierError error) : FormatException(error.Message)
{
    public IdentifierError Error { get; } = error;
}
