using FluentValidation;
using Governance.SharedKernel.Messaging;
using Governance.TestPlugins.Sender.Contracts;
using Governance.SharedKernel.WorkItems;
using MediatR;

namespace Governance.TestPlugins.Sender;

/// <summary>Writes a note; it is also a case-like record with a scope, an assignee and a due date for the to-do lists.</summary>
internal sealed record CreateNote(
    string Text, int FailuresBeforeSuccess = 0, string ScopeCode = "330106", Guid? Assignee = null, int? DueInDays = null)
    : ICommand<Guid>;

internal sealed class CreateNoteValidator : AbstractValidator<CreateNote>
{
    public CreateNoteValidator()
    {
        RuleFor(c => c.Text).NotEmpty().WithMessage("便签内容不能为空").MaximumLength(200).WithMessage("便签内容不能超过 200 个字符");
        RuleFor(c => c.FailuresBeforeSuccess).GreaterThanOrEqualTo(-1);
        RuleFor(c => c.ScopeCode).Matches("^[0-9]{2,15}$").WithMessage("辖区代码须为 2 到 15 位数字");
    }
}

internal sealed class CreateNoteHandler(SenderDbContext db, TimeProvider clock) : IRequestHandler<CreateNote, Guid>
{
    public Task<Guid> Handle(CreateNote request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = request.DueInDays is { } days ? now.AddDays(days) : (DateTimeOffset?)null;
        var note = new Note { Id = Guid.CreateVersion7(), Text = request.Text, CreatedAt = now, ScopeCode = request.ScopeCode, Assignee = request.Assignee, DueAt = due };
        db.Notes.Add(note);
        db.Publish(new NoteCreated(note.Id, note.Text, request.FailuresBeforeSuccess) { OccurredAt = now });
        note.Created();
        return Task.FromResult(note.Id);
    }
}
