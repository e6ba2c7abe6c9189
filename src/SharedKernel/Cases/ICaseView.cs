namespace Governance.SharedKernel.Cases;

/// <summary>A case as its module shows it; the version is its ETag.</summary>
public interface ICaseView
{
    uint Version { get; }
}
