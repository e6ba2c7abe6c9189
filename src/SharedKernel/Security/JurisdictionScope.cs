using System.Linq.Expressions;
using Governance.SharedKernel.Errors;

namespace Governance.SharedKernel.Security;

/// <summary>
/// Limits region-scoped data to the caller's jurisdiction and below. A record keeps its scope as a string column: the
/// 12-digit region code or the 15-digit grid code where it belongs; a county jurisdiction (<c>330106</c>) then matches
/// every township, village and grid code under it by prefix (<c>LIKE '330106%'</c>, so an index serves it).
/// </summary>
public static class JurisdictionScope
{
    /// <summary>The records whose scope code lies within the caller's jurisdiction; none when the caller has no jurisdiction.</summary>
    public static IQueryable<T> WithinJurisdictionOf<T>(
        this IQueryable<T> query, ICurrentUser user, Expression<Func<T, string?>> scopeCode)
    {
        if (user.Jurisdiction is not { } jurisdiction)
        {
            return query.Where(_ => false);
        }

        // A captured field rather than a constant, so that the prefix is sent as a query parameter.
        var prefix = Expression.Field(Expression.Constant(new Prefix(jurisdiction.Code)), nameof(Prefix.Value));
        var within = Expression.AndAlso(
            Expression.NotEqual(scopeCode.Body, Expression.Constant(null, typeof(string))),
            Expression.Call(scopeCode.Body, typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!, prefix));
        return query.Where(Expression.Lambda<Func<T, bool>>(within, scopeCode.Parameters));
    }

    /// <summary>403 unless <paramref name="scopeCode"/> lies within the caller's jurisdiction, e.g. before registering a record there.</summary>
    public static void EnsureWithinJurisdiction(this ICurrentUser user, string scopeCode, string record)
    {
        if (!user.CanSee(scopeCode))
        {
            throw new ForbiddenException(
                $"{record}属于 {scopeCode}，不在当前用户的辖区 {user.Jurisdiction?.Code ?? "（未设置）"} 之内。");
        }
    }

    private sealed class Prefix(string value)
    {
        public readonly string Value = value;
    }
}
