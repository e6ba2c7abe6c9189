namespace Governance.Platform.Abstractions;

/// <summary>
/// Puts reference data into the platform schema after it is migrated and before the host listens. Must be
/// idempotent and must not overwrite what an administrator changed.
/// </summary>
public interface IPlatformSeeder
{
    Task SeedAsync(CancellationToken cancellationToken);
}
