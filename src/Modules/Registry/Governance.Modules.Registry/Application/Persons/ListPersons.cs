using Governance.Modules.Registry.Contracts.Persons;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Identifiers;
using Governance.SharedKernel.Identifiers.Validation;
using Governance.SharedKernel.Querying;
using Governance.SharedKernel.Security;

namespace Governance.Modules.Registry.Application.Persons;

/// <summary>
/// Persons within the caller's jurisdiction: by citizen ID (exact, 15 or 18 digits), name (starts with), phone
/// (exact), region or grid (and below) and population type. Looking up by citizen ID or phone needs
/// <c>platform.personal-data.view</c>: for anyone else a match would tell that the full number is on file, which the
/// masked list is there to hide.
/// </summary>
internal sealed record ListPersons(
    string? CitizenId, string? Name, string? Phone, string? RegionCode, string? GridCode, PopulationType? PopulationType,
    string? Sort, int Page = 1, int PageSize = 20) : IQuery<Paged<PersonDto>>, IPagedQuery
{
    public static readonly string[] Sorts = ["name", "-name", "registeredAt", "-registeredAt", "updatedAt", "-updatedAt"];
}

internal sealed class ListPersonsValidator : AbstractValidator<ListPersons>
{
    public ListPersonsValidator()
    {
        RuleFor(q => q.CitizenId).MustBeCitizenId();
        RuleFor(q => q.Name).MaximumLength(PersonRules.MaxNameLength);
        RuleFor(q => q.Phone).MustBePhoneNumber();
        RuleFor(q => q.RegionCode).MustBeRegionCode();
        RuleFor(q => q.GridCode).MustBeGridCode();
        RuleFor(q => q.PopulationType).IsInEnum();
        RuleFor(q => q.Sort).Must(s => s is null || ListPersons.Sorts.Contains(s))
            .WithMessage($"排序应为 {string.Join("、", ListPersons.Sorts)} 之一");
        Include(new PagedQueryValidator());
    }
}

internal sealed class ListPersonsHandler(RegistryDbContext db, ICurrentUser user, PersonalData personalData)
    : IRequestHandler<ListPersons, Paged<PersonDto>>
{
    public async Task<Paged<PersonDto>> Handle(ListPersons request, CancellationToken ct)
    {
        EnsureMayLookUpByIdentifier(request);
        var persons = db.Persons.AsNoTracking().Within(user).InRegion(request.RegionCode);
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

    private void EnsureMayLookUpByIdentifier(ListPersons request)
    {
        var parameter = request.CitizenId is not null ? "citizenId" : request.Phone is not null ? "phone" : null;
        if (parameter is not null && !personalData.Unmasked)
        {
            throw new ForbiddenException(
                $"按{(parameter == "citizenId" ? "身份证号" : "电话号码")}（参数 {parameter}）查询人员须有「查看完整个人信息」权限 "
                + $"({PlatformPermissions.ViewPersonalData})：否则查询结果会透露该号码是否已登记。请按姓名、区划或网格查询。");
        }
    }
}

internal static class ListPersonsEndpoint
{
    public static void Map(IEndpointRouteBuilder persons) =>
        persons.MapGet("", ([AsParameters] ListPersons query, IMediator mediator, CancellationToken ct) => mediator.Send(query, ct))
            .RequirePermission(RegistryPermissions.PersonsRead)
            .WithSummary("按身份证号、姓名、电话、区划、网格、人口类型查找人员，分页");
}
