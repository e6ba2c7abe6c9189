using Governance.SharedKernel.Identifiers;

namespace Governance.Modules.Registry.Domain;

/// <summary>实有单位: an organisation or business, one record per unified social credit code.</summary>
internal sealed class Organisation : IScoped
{
    public Guid Id { get; init; }

    public required string Name { get; set; }

    public required UnifiedSocialCreditCode CreditCode { get; init; }

    public OrganisationType Type { get; set; }

    public Guid? AddressId { get; set; }

    public string? Address { get; set; }

    public Guid? LegalRepresentativePersonId { get; set; }

    public required RegionCode Region { get; set; }

    public GridCode? Grid { get; set; }

    public required string ScopeCode { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public uint Version { get; set; }
}
