using FluentValidation;
using FluentValidation.Results;
using Governance.Modules.Registry.Contracts.Persons;
using MediatR;

namespace Governance.Modules.Petitions.Application.Common;

internal static class Petitioners
{
    /// <summary>400 on <c>petitionerPersonIds</c> unless every person is in the Registry.</summary>
    public static async Task EnsureExistAsync(IMediator mediator, IReadOnlyList<Guid> personIds, CancellationToken ct)
    {
        if (personIds.Count == 0)
        {
            return;
        }

        var found = (await mediator.Send(new GetPersonSummaries(personIds), ct)).Select(p => p.Id).ToHashSet();
        var missing = personIds.Where(id => !found.Contains(id)).ToList();
        if (missing.Count > 0)
        {
            throw new ValidationException([new ValidationFailure("petitionerPersonIds",
                $"基础信息中没有这些人员：{string.Join("、", missing)}。请先在实有人口中登记信访人")]);
        }
    }
}
