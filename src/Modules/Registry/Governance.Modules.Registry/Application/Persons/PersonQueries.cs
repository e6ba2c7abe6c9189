using Governance.SharedKernel.Querying;
using FluentValidation;
using Governance.Modules.Registry.Application.Common;
using Governance.Modules.Registry.Contracts.Persons;
using Governance.Modules.Registry.Infrastructure;
using Governance.SharedKernel.Identifiers;
using Governance.SharedKernel.Identifiers.Validation;
using Governance.SharedKernel.Messaging;
using Governance.SharedKernel.Security;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Governance.Modules.Registry.Application.Persons;

internal sealed record GetPerson(Guid Id) : IQuery<RegisteredPerson>;

/// <summary>
/// Persons within the caller's jurisdiction: by citizen ID (exact, 15 or 18 digits), name (starts with), phone
/// (exact), region or grid (and below) and population type.
/// </summary>
internal sealed record SearchPersons(
    string? CitizenId, string? Name, string? Phone, string? RegionCode, string? GridCode, PopulationType? PopulationType,
    string? Sort, int Page = 1, int PageSize = 20) : IQuery<Paged<PersonDto>>, IPagedQuery
{
    public static readonly string[] Sorts = ["name", "-name", "registeredAt", "-registeredAt", "updatedAt", "-updatedAt"];
}

internal sealed class SearchPersonsValidator : AbstractValidator<SearchPersons>
{
    public SearchPersonsValidator()
    {
        RuleFor(q => q.CitizenId).MustBeCitizenId();
        RuleFor(q => q.Name).MaximumLength(PersonRules.MaxNameLength);
        RuleFor(q => q.Phone).MustBePhoneNumber();
        RuleFor(q => q.RegionCode).MustBeRegionCode();
        RuleFor(q => q.GridCode).MustBeGridCode();
        RuleFor(q => q.PopulationType).IsInEnum();
        RuleFor(q => q.Sort).Must(s => s is null || SearchPersons.Sorts.Contains(s))
            .WithMessage($"排序应为 {string.Join("、", SearchPersons.Sorts)} 之一");
        Include(new PagedQueryValidator());
    }
}

internal sealed class GetPersonHandler(RegistryDbContext db, ICurrentUser user, PersonalData personalData)
    : IRequestHandler<GetPerson, RegisteredPerson>
{
    public async Task<RegisteredPerson> Handle(GetPerson request, CancellationToken ct)
    {
        var person = await PersonLookup.VisibleAsync(db, user, request.Id, ct);
        await personalData.RecordUnmaskedReadAsync(PersonMapping.RecordType, [person.Id], "查看人员完整身份证号和电话", ct);
        return new RegisteredPerson(person.ToDto(personalData.Unmasked), person.Version);
    }
}

internal sealed class SearchPersonsHandler(RegistryDbContext db, ICurrentUser user, PersonalData personalData)
    : IRequestHandler<SearchPersons, Paged<PersonDto>>
{
    public async Task<Paged<PersonDto>> Handle(SearchPersons request, CancellationToken ct)
    {
        var persons = db.Persons.AsNoTracking().Within(user);
        if (request.CitizenId is not null)
        {
            var citizenId = CitizenId.Parse(request.CitizenId);
            persons = persons.Where(p => p.CitizenId == citizenId);
        }

        if (!string.IsNullOrWhiteSpace(request.Name))
        {
            var name = request.Name.Trim();
            persons = persons.Where(p => p.Name.StartsWith(name));
        }

        if (request.Phone is not null)
        {
            var phone = PhoneNumber.Parse(request.Phone);
            persons = persons.Where(p => p.Phone == phone);
        }

        if (request.RegionCode is not null)
        {
            var prefix = RegionCode.Parse(request.RegionCode).Prefix;
            persons = persons.Where(p => p.ScopeCode.StartsWith(prefix));
        }

        if (request.GridCode is not null)
        {
            var grid = GridCode.Parse(request.GridCode).Value;
            persons = persons.Where(p => p.ScopeCode == grid);
        }

        if (request.PopulationType is { } type)
        {
            persons = persons.Where(p => p.PopulationType == type);
        }

        persons = request.Sort switch
        {
            "name" => persons.OrderBy(p => p.Name).ThenBy(p => p.Id),
            "-name" => persons.OrderByDescending(p => p.Name).ThenBy(p => p.Id),
            "registeredAt" => persons.OrderBy(p => p.RegisteredAt).ThenBy(p => p.Id),
            "updatedAt" => persons.OrderBy(p => p.UpdatedAt).ThenBy(p => p.Id),
            "-updatedAt" => persons.OrderByDescending(p => p.UpdatedAt).ThenBy(p => p.Id),
            _ => persons.OrderByDescending(p => p.RegisteredAt).ThenBy(p => p.Id),
        };
        var page = await persons.ToPageAsync(request, ct);
        await personalData.RecordUnmaskedReadAsync(PersonMapping.RecordType, page.Items.Select(p => p.Id), "人员列表显示完整身份证号和电话", ct);
        return page.Map(p => p.ToDto(personalData.Unmasked));
    }
}
