namespace Governance.SharedKernel.Identifiers;

public enum PhoneKind
{
    Mobile = 1,
    FixedLine = 2,
}
