namespace Governance.Modules.Mediation.Domain;

/// <summary>The permissions declared in module.json.</summary>
internal static class MediationPermissions
{
    public const string Read = "mediation.read";
    public const string Register = "mediation.register";
    public const string Mediate = "mediation.mediate";
    public const string Supervise = "mediation.supervise";
    public const string Sweeps = "mediation.sweeps";
    public const string Statistics = "mediation.statistics";
}
