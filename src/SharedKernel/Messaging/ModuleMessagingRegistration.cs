using System.Reflection;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Governance.SharedKernel.Messaging;

public static class ModuleMessagingRegistration
{
    private static readonly Type[] HandlerInterfaces =
        [typeof(IRequestHandler<,>), typeof(INotificationHandler<>), typeof(IValidator<>)];

    /// <summary>
    /// Registers the request handlers, notification (integration event) handlers and validators of one assembly,
    /// internal ones included, each as the handler interfaces it implements.
    /// </summary>
    public static IServiceCollection AddHandlersFrom(this IServiceCollection services, Assembly assembly) =>
        services.Scan(scan => scan.FromAssemblies(assembly)
            .AddClasses(classes => classes.AssignableToAny(HandlerInterfaces), publicOnly: false)
            .As(type => type.GetInterfaces().Where(IsHandlerInterface))
            .WithScopedLifetime());

    private static bool IsHandlerInterface(Type type) =>
        type.IsGenericType && HandlerInterfaces.Contains(type.GetGenericTypeDefinition());
}
