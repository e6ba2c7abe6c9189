using Governance.SharedKernel.Security;

namespace Governance.SharedKernel.Cases;

/// <summary>
/// The acts of one request: the caller (or a named system actor) at one instant of the platform clock, so that every step
/// one command takes carries the same time.
/// </summary>
public sealed class CaseActs(ICurrentUser user, TimeProvider clock)
{
    public DateTimeOffset Now { get; } = clock.GetUtcNow();

    public ICurrentUser User => user;

    public CaseAct ByCaller() => new(CaseActor.From(user), Now);

    public CaseAct BySystem(string name) => new(CaseActor.System(name), Now);
}
