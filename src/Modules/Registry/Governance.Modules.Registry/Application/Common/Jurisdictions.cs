using Governance.Modules.Registry.Domain;
using Governance.SharedKernel.Errors;

namespace Governance.Modules.Registry.Application.Common;

/// <summary>The Registry's shorthands over SharedKernel's <see cref="JurisdictionScope"/> for its scoped records.</summary>
internal static class Jurisdictions
{
    /// <summary>Only the records within the caller's jurisdiction; nothing for a caller without one.</summary>
    public static IQueryable<T> Within<T>(this IQueryable<T> source, ICurrentUser user)
        where T : IScoped => source.WithinJurisdictionOf(user, r => r.ScopeCode);

    /// <summary>404 for a record outside the caller's jurisdiction: its existence is not revealed.</summary>
    public static T EnsureVisible<T>(this ICurrentUser user, T? record, string what)
        where T : class, IScoped =>
        record is not null && user.CanSee(record.ScopeCode) ? record : throw new NotFoundException($"{what}不存在或不在您的辖区内");
}
