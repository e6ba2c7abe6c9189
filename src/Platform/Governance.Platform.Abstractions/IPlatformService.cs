namespace Governance.Platform.Abstractions;

/// <summary>
/// One of the platform's own services (accounts, auditing, the work calendar …), composed by the host like a built-in
/// module: the entity configurations of its assembly join the <c>platform</c> schema's model and its handlers and
/// validators are registered before <see cref="ConfigureServices"/> runs.
/// </summary>
public interface IPlatformService
{
    void ConfigureServices(IServiceCollection services, IConfiguration configuration);

    /// <summary>Maps the service's endpoints; they belong in the platform's OpenAPI document (<see cref="PlatformNames.Document"/>).</summary>
    void MapEndpoints(IEndpointRouteBuilder endpoints);
}
