using Autofac;
using Governance.SharedKernel.Messaging.Behaviors;
using MediatR;

namespace Governance.Host.Messaging;

/// <summary>
/// MediatR 5.1.0 registered by hand (it has no AddMediatR): the mediator resolves handlers and behaviours from the
/// current Autofac scope. Behaviours run in registration order, the first outermost: audit, validation, unit of work.
/// Audit is outermost so that a command refused by validation is recorded too (as a failure, after nothing was
/// written); its success row is written by the unit of work, inside the command's transaction.
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
        builder.RegisterGeneric(typeof(AuditBehavior<,>)).As(typeof(IPipelineBehavior<,>));
        builder.RegisterGeneric(typeof(ValidationBehavior<,>)).As(typeof(IPipelineBehavior<,>));
        builder.RegisterGeneric(typeof(UnitOfWorkBehavior<,>)).As(typeof(IPipelineBehavior<,>));
    }
}
