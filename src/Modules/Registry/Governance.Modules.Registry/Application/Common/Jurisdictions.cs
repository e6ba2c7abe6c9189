using Governance.Modules.Registry.Domain;
using Governance.SharedKernel.Errors;
using Governance.SharedKernel.Security;

namespace Governance.Modules.Registry.Application.Common;

/// <summary>Limits every query and command to the caller's jurisdiction (a scope-code prefix).</summary>
internal static class Jurisdictions
{
    /// <summary>Only the records within the caller's jurisdiction; nothing for a caller without one.</summary>
    public static IQueryable<T> Within<T>(this IQueryable<T> source, ICurrentUser user)
        where T : IScoped
    {
        if (user.Jurisdiction is not { } jurisdiction)
        {
            return source.Where(_ => false);
        }

        var prefix = jurisdiction.Code;
        return source.Where(r => r.ScopeCode.StartsWith(prefix));
    }

    /// <summary>404 for a record outside the caller's jurisdiction: its existence is not revealed.</summary>
    public static T EnsureVisible<T>(this ICurrentUser user, T? record, string what)
        where T : class, IScoped =>
        record is not null && user.CanSee(record.ScopeCode) ? record : throw new NotFoundException($"{what}不存在或不在您的辖区内");

    /// <summary>403 when the caller would place a record outside their jurisdiction.</summary>
    public static void EnsureMayPlace(this ICurrentUser user, string scopeCode, string what)
    {
        if (!user.CanSee(scopeCode))
        {
            throw new ForbiddenException(
                $"{what}（{scopeCode}）不在您的辖区（{user.Jurisdiction?.Code ?? "无"}）内，不能在此登记或修改。");
        }
    }
}
