namespace Governance.SharedKernel.Identifiers;

/// <summary>Sex as encoded in a citizen ID number; values follow GB/T 2261.1 (1 男, 2 女).</summary>
public enum Sex
{
    Male = 1,
    Female = 2,
}
