using Autofac;
using Governance.SharedKernel.Messaging.Behaviors;
using MediatR;

namespace Governance.Host.Messaging;

/// <summary>
/// MediatR 5.1.0 registered by hand (it has no AddMediatR): the mediator resolves handlers and behaviours from the
/// current Autofac scope. Behaviours run in registration order: validation outside, unit of work inside.
/// </summary>
internal sealed class MediatorModule : Autofac.Module
{
    protected override void Load(ContainerBuilder builder)
    {
        builder.RegisterType<Mediator>().As<IMediator>().InstancePerLifetimeScope();
        builder.Register<ServiceFactory>(context =>
        {
            var scope = context.Resolve<IComponentContext>();
            return type => scope.Resolve(type);
        }).InstancePerLifetimeScope();
        builder.RegisterGeneric(typeof(ValidationBehavior<,>)).As(typeof(IPipelineBehavior<,>));
        builder.RegisterGeneric(typeof(UnitOfWorkBehavior<,>)).As(typeof(IPipelineBehavior<,>));
    }
}
