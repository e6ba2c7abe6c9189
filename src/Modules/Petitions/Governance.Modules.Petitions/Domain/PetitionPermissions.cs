namespace Governance.Modules.Petitions.Domain;

/// <summary>The permissions declared in module.json.</summary>
internal static class PetitionPermissions
{
    public const string Read = "petitions.read";
    public const string Register = "petitions.register";
    public const string Route = "petitions.route";
    public const string Handle = "petitions.handle";
    public const string Approve = "petitions.approve";
    public const string Review = "petitions.review";
    public const string Supervise = "petitions.supervise";
    public const string Refer = "petitions.refer";
    public const string Statistics = "petitions.statistics";
    public const string SpecialGroupsView = "petitions.special-groups.view";
}
