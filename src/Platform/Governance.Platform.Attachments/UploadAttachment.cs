using System.Security.Cryptography;
using FluentValidation;
using FluentValidation.Results;
using Governance.SharedKernel.Attachments;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Security;
using MediatR;

namespace Governance.Platform.Attachments;

internal sealed record UploadAttachment(string Module, string RecordType, string RecordId, string FileName, byte[] Content)
    : ICommand<AttachmentView>;

internal sealed class UploadAttachmentValidator : AbstractValidator<UploadAttachment>
{
    public UploadAttachmentValidator(AttachmentOptions options)
    {
        RuleFor(u => u.FileName).NotEmpty().WithMessage("文件名不能为空").MaximumLength(255).WithMessage("文件名不能超过 255 个字符");
        RuleFor(u => u.Content).NotEmpty().WithMessage("文件内容为空")
            .Must(c => c.LongLength <= options.MaxBytes)
            .WithMessage($"文件超过上限 {options.MaxBytes / 1024.0 / 1024:0.##} MB")
            .OverridePropertyName("file");
        RuleFor(u => u.RecordId).NotEmpty().MaximumLength(64);
    }
}

internal sealed class UploadAttachmentHandler(
    RecordAccess recordAccess, IAttachmentStore store, PlatformDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<UploadAttachment, AttachmentView>
{
    public async Task<AttachmentView> Handle(UploadAttachment request, CancellationToken cancellationToken)
    {
        var access = await recordAccess.FindAsync(request.Module, request.RecordType, cancellationToken);
        if (!await access.CanAttachAsync(request.RecordId, cancellationToken))
        {
            throw RecordAccess.NotFound(request.Module, request.RecordType, request.RecordId);
        }

        var kind = CheckKind(request);
        var attachment = new Attachment
        {
            Id = Guid.CreateVersion7(),
            Module = request.Module,
            RecordType = request.RecordType,
            RecordId = request.RecordId,
            FileName = Path.GetFileName(request.FileName),
            ContentType = kind.ContentType,
            Size = request.Content.LongLength,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(request.Content)),
            UploadedBy = user.UserId,
            UploadedAt = clock.GetUtcNow(),
        };
        await store.SaveAsync(attachment.Id, request.Content, cancellationToken);
        db.Add(attachment);
        return AttachmentView.Of(attachment);
    }

    private static FileKind CheckKind(UploadAttachment request)
    {
        using var content = new MemoryStream(request.Content, writable: false);
        var kind = FileKind.Detect(content) ?? throw Invalid(
            $"文件内容不是允许的类型（{string.Join("、", FileKind.All.Select(k => k.Name))}）");
        var extension = Path.GetExtension(request.FileName).ToLowerInvariant();
        return kind.Extensions.Contains(extension)
            ? kind
            : throw Invalid($"文件名后缀 '{extension}' 与文件内容（{kind.Name}）不符");
    }

    private static ValidationException Invalid(string message) => new([new ValidationFailure("file", message)]);
}
