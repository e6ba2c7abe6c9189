using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Governance.Host.Tests;

/// <summary>The host composes: tables, handlers and validators belong to the platform's services and the modules.</summary>
public sealed class CompositionTests
{
    private static readonly Type[] ServiceKinds =
        [typeof(IEntityTypeConfiguration<>), typeof(IRequestHandler<,>), typeof(INotificationHandler<>), typeof(IValidator<>)];

    [Fact]
    public void The_host_assembly_holds_no_entity_configuration_handler_or_validator()
    {
        var kept = typeof(GovernanceApplication).Assembly.GetTypes()
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && ServiceKinds.Contains(i.GetGenericTypeDefinition())))
            .Select(t => t.FullName);

        Assert.Empty(kept);
    }
}
