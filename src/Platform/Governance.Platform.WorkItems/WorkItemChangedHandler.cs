using Governance.SharedKernel.WorkItems;
using MediatR;

namespace Governance.Platform.WorkItems;

/// <summary>Keeps <c>platform.work_items</c> in step with every module's case-like records.</summary>
internal sealed class WorkItemChangedHandler(PlatformDbContext db) : INotificationHandler<WorkItemChanged>
{
    public async Task Handle(WorkItemChanged notification, CancellationToken cancellationToken)
    {
        var item = await db.Set<WorkItem>().FindAsync([notification.Module, notification.RecordId], cancellationToken);
        if (item is null)
        {
            item = new WorkItem { Module = notification.Module, RecordId = notification.RecordId };
            db.Add(item);
        }

        item.Apply(notification);
    }
}
