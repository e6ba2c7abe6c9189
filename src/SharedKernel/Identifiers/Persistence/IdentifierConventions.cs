using Microsoft.EntityFrameworkCore;

namespace Governance.SharedKernel.Identifiers.Persistence;

public static class IdentifierConventions
{
    /// <summary>
    /// Maps every identifier property of the model to a string column of its canonical form; call from
    /// <c>ConfigureConventions</c>.
    /// </summary>
    public static ModelConfigurationBuilder AddIdentifierConversions(this ModelConfigurationBuilder builder)
    {
        Map<CitizenId>(builder, CitizenId.Length);
        Map<UnifiedSocialCreditCode>(builder, UnifiedSocialCreditCode.Length);
        Map<RegionCode>(builder, RegionCode.CanonicalLength);
        Map<GridCode>(builder, GridCode.Length);

        // 4-digit area code, 8-digit number, 6-digit extension and two hyphens.
        Map<PhoneNumber>(builder, 20);
        return builder;
    }

    private static void Map<T>(ModelConfigurationBuilder builder, int maxLength)
        where T : class, IIdentifier<T> =>
        builder.Properties<T>().HaveConversion<IdentifierValueConverter<T>>().HaveMaxLength(maxLength).AreUnicode(false);
}
