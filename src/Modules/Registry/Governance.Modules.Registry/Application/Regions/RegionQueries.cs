using Governance.SharedKernel.Querying;
using FluentValidation;
using Governance.Modules.Registry.Application.Common;
using Governance.Modules.Registry.Contracts.Regions;
using Governance.SharedKernel.Identifiers;
using Governance.SharedKernel.Identifiers.Validation;
using Governance.SharedKernel.Messaging;

namespace Governance.Modules.Registry.Application.Regions;

/// <summary>A region in a list: <see cref="HasChildren"/> tells a tree view whether it can open it.</summary>
internal sealed record RegionItem(string Code, string Prefix, string Name, RegionLevel Level, string? ParentCode, bool HasChildren);

/// <summary>The region with its ancestry, if the caller may browse it.</summary>
internal sealed record GetRegionDetails(string Code) : IQuery<RegionDto>;

/// <summary>The regions directly below a region that the caller may browse.</summary>
internal sealed record ListRegionChildren(string Code, int Page = 1, int PageSize = 20) : IQuery<Paged<RegionItem>>, IPagedQuery;

/// <summary>
/// Regions whose name contains <see cref="Name"/>: within the caller's jurisdiction, or with
/// <see cref="National"/> the provinces, cities and counties of all China (e.g. to pick a 户籍地).
/// </summary>
internal sealed record SearchRegions(string? Name, RegionLevel? Level, bool? National, int Page = 1, int PageSize = 20)
    : IQuery<Paged<RegionItem>>, IPagedQuery;

internal sealed class RegionCodeQueryValidator : AbstractValidator<GetRegionDetails>
{
    public RegionCodeQueryValidator() => RuleFor(q => q.Code).MustBeRegionCode();
}

internal sealed class ListRegionChildrenValidator : AbstractValidator<ListRegionChildren>
{
    public ListRegionChildrenValidator()
    {
        RuleFor(q => q.Code).MustBeRegionCode();
        Include(new PagedQueryValidator());
    }
}

internal sealed class SearchRegionsValidator : AbstractValidator<SearchRegions>
{
    public SearchRegionsValidator()
    {
        RuleFor(q => q.Name).NotEmpty().WithMessage("请输入要查找的区划名称").MaximumLength(50).WithMessage("名称最多 50 个字符");
        RuleFor(q => q.Level).IsInEnum().WithMessage("级别应为 Province、City、County、Township 或 Village");
        Include(new PagedQueryValidator());
    }
}
