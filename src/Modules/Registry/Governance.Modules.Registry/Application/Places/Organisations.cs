using Governance.SharedKernel.Http;
using FluentValidation;
using Governance.Modules.Registry.Application.Common;
using Governance.Modules.Registry.Domain;
using Governance.Modules.Registry.Infrastructure;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Identifiers;
using Governance.SharedKernel.Identifiers.Validation;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Governance.Modules.Registry.Application.Places;

internal sealed record OrganisationView(
    Guid Id, string Name, string CreditCode, OrganisationType Type, string TypeName, Guid? AddressId, string? Address,
    Guid? LegalRepresentativePersonId, string RegionCode, string? GridCode, string ScopeCode, DateTimeOffset UpdatedAt, uint Version)
{
    public static OrganisationView From(Organisation o) => new(o.Id, o.Name, o.CreditCode.Value, o.Type,
        CodeTables.OrganisationTypes[o.Type], o.AddressId, o.Address, o.LegalRepresentativePersonId, o.Region.Value,
        o.Grid?.Value, o.ScopeCode, o.UpdatedAt, o.Version);
}

internal interface IOrganisationFields
{
    string? Name { get; }

    OrganisationType? Type { get; }

    Guid? AddressId { get; }

    string? Address { get; }

    Guid? LegalRepresentativePersonId { get; }

    string? RegionCode { get; }

    string? GridCode { get; }
}

/// <summary>Registers a unit; without <see cref="Type"/> it is read from positions 1–2 of the credit code.</summary>
internal sealed record RegisterOrganisation(
    string? Name, string? CreditCode, OrganisationType? Type, Guid? AddressId, string? Address,
    Guid? LegalRepresentativePersonId, string? RegionCode, string? GridCode) : ICommand<OrganisationView>, IOrganisationFields;

internal sealed record OrganisationChanges(
    string? Name, OrganisationType? Type, Guid? AddressId, string? Address, Guid? LegalRepresentativePersonId,
    string? RegionCode, string? GridCode) : IOrganisationFields;

internal sealed record UpdateOrganisation(Guid Id, uint ExpectedVersion, OrganisationChanges Changes) : ICommand<OrganisationView>;

internal sealed class OrganisationFieldsValidator : AbstractValidator<IOrganisationFields>
{
    public OrganisationFieldsValidator(RegistryDbContext db)
    {
        RuleFor(o => o.Name).NotEmpty().WithMessage("请填写单位名称").MaximumLength(200).WithMessage("单位名称最多 200 个字符");
        RuleFor(o => o.Type).IsInEnum().WithMessage("单位类型不在代码表中");
        RuleFor(o => o.AddressId).MustAsync((id, ct) => db.Addresses.AnyAsync(a => a.Id == id, ct))
            .When(o => o.AddressId is not null).WithMessage("标准地址不存在");
        RuleFor(o => o.Address).MaximumLength(300).WithMessage("地址最多 300 个字符");
        RuleFor(o => o.LegalRepresentativePersonId).MustAsync((id, ct) => db.Persons.AnyAsync(p => p.Id == id, ct))
            .When(o => o.LegalRepresentativePersonId is not null).WithMessage("法定代表人不在实有人口中，请先登记");
        Placement.AddRules(this, db, o => o.RegionCode, o => o.GridCode, "单位所在");
    }
}

internal sealed class RegisterOrganisationValidator : AbstractValidator<RegisterOrganisation>
{
    public RegisterOrganisationValidator(RegistryDbContext db)
    {
        RuleFor(o => o.CreditCode).NotEmpty().WithMessage("请填写统一社会信用代码").MustBeUnifiedSocialCreditCode();
        Include(new OrganisationFieldsValidator(db));
    }
}

internal sealed class UpdateOrganisationValidator : AbstractValidator<UpdateOrganisation>
{
    public UpdateOrganisationValidator(RegistryDbContext db) =>
        RuleFor(c => c.Changes).NotNull().SetValidator(new OrganisationFieldsValidator(db)).OverridePropertyName("");
}

internal sealed class RegisterOrganisationHandler(RegistryDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<RegisterOrganisation, OrganisationView>
{
    public async Task<OrganisationView> Handle(RegisterOrganisation request, CancellationToken ct)
    {
        var code = UnifiedSocialCreditCode.Parse(request.CreditCode!);
        var placement = Placement.Of(request.RegionCode, request.GridCode);
        user.EnsureWithinJurisdiction(placement.ScopeCode, "单位所在地");
        if (await db.Organisations.Where(o => o.CreditCode == code).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct) is { } existing)
        {
            throw new ConflictException($"统一社会信用代码 {code} 已登记", new Dictionary<string, object?> { ["existingId"] = existing });
        }

        var now = clock.GetUtcNow();
        var organisation = new Organisation
        {
            Id = Guid.CreateVersion7(now),
            CreditCode = code,
            Name = "",
            Region = placement.Region,
            ScopeCode = "",
            CreatedAt = now,
        };
        organisation.Apply(request with { Type = request.Type ?? OrganisationTypes.FromCreditCode(code.Value) }, placement, now);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(ct);
        return OrganisationView.From(organisation);
    }
}

internal sealed class UpdateOrganisationHandler(RegistryDbContext db, ICurrentUser user, TimeProvider clock)
    : IRequestHandler<UpdateOrganisation, OrganisationView>
{
    public async Task<OrganisationView> Handle(UpdateOrganisation request, CancellationToken ct)
    {
        var organisation = user.EnsureVisible(await db.Organisations.FirstOrDefaultAsync(o => o.Id == request.Id, ct), "单位");
        EntityTags.EnsureCurrent(request.ExpectedVersion, organisation.Version, "单位");
        var placement = Placement.Of(request.Changes.RegionCode, request.Changes.GridCode);
        user.EnsureWithinJurisdiction(placement.ScopeCode, "单位所在地");
        organisation.Apply(request.Changes with { Type = request.Changes.Type ?? organisation.Type }, placement, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return OrganisationView.From(organisation);
    }
}

internal static class OrganisationFields
{
    public static void Apply(this Organisation o, IOrganisationFields fields, Placement placement, DateTimeOffset now)
    {
        o.Name = fields.Name!.Trim();
        o.Type = fields.Type!.Value;
        o.AddressId = fields.AddressId;
        o.Address = string.IsNullOrWhiteSpace(fields.Address) ? null : fields.Address.Trim();
        o.LegalRepresentativePersonId = fields.LegalRepresentativePersonId;
        (o.Region, o.Grid, o.ScopeCode, o.UpdatedAt) = (placement.Region, placement.Grid, placement.ScopeCode, now);
    }
}
