using FluentValidation;
using Governance.SharedKernel.Messaging;
using Governance.TestPlugins.Sender.Contracts;
using MediatR;

namespace Governance.TestPlugins.Sender;

internal sealed record CreateNote(string Text, int FailuresBeforeSuccess = 0) : ICommand<Guid>;

internal sealed class CreateNoteValidator : AbstractValidator<CreateNote>
{
    public CreateNoteValidator()
    {
        RuleFor(c => c.Text).NotEmpty().WithMessage("便签内容不能为空").MaximumLength(200).WithMessage("便签内容不能超过 200 个字符");
        RuleFor(c => c.FailuresBeforeSuccess).GreaterThanOrEqualTo(-1);
    }
}

internal sealed class CreateNoteHandler(SenderDbContext db, TimeProvider clock) : IRequestHandler<CreateNote, Guid>
{
    public Task<Guid> Handle(CreateNote request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var note = new Note { Id = Guid.CreateVersion7(), Text = request.Text, CreatedAt = now };
        db.Notes.Add(note);
        db.Publish(new NoteCreated(note.Id, note.Text, request.FailuresBeforeSuccess) { OccurredAt = now });
        return Task.FromResult(note.Id);
    }
}
