using Governance.SharedKernel.Security;

namespace Governance.Modules.Petitions.Application.Common;

/// <summary>The actor of a step another module reported through an event: named, with no user account and no rights.</summary>
internal sealed class ModuleActor(string name) : ICurrentUser
{
    public bool IsAuthenticated => false;

    public Guid? UserId => null;

    public string? UserName => name;

    public string? Department => null;

    public Jurisdiction? Jurisdiction => null;

    public bool HasPermission(string permission) => false;
}
