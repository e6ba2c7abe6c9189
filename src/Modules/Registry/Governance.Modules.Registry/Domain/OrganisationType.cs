namespace Governance.Modules.Registry.Domain;

/// <summary>单位类型, as positions 1–2 of the unified social credit code (GB 32100) name them.</summary>
internal enum OrganisationType
{
    Enterprise = 1,
    IndividualBusiness = 2,
    Cooperative = 3,
    GovernmentAgency = 4,
    PublicInstitution = 5,
    SocialOrganisation = 6,
    PrivateNonEnterprise = 7,
    Foundation = 8,
    Other = 9,
}

internal static class OrganisationTypes
{
    /// <summary>The type the registration authority and organisation-type characters of a credit code imply.</summary>
    public static OrganisationType FromCreditCode(string creditCode) => creditCode[..2] switch
    {
        "91" => OrganisationType.Enterprise,
        "92" => OrganisationType.IndividualBusiness,
        "93" => OrganisationType.Cooperative,
        "11" => OrganisationType.GovernmentAgency,
        "12" => OrganisationType.PublicInstitution,
        "13" or "51" => OrganisationType.SocialOrganisation,
        "52" => OrganisationType.PrivateNonEnterprise,
        "53" => OrganisationType.Foundation,
        _ => OrganisationType.Other,
    };
}
