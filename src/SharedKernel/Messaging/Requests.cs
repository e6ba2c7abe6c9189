using MediatR;

namespace Governance.SharedKernel.Messaging;

/// <summary>A request that changes state: validated, then run in one unit of work of its module's DbContext.</summary>
public interface ICommand<out TResult> : IRequest<TResult>;

/// <summary>A request that only reads: validated, never saved.</summary>
public interface IQuery<out TResult> : IRequest<TResult>;
