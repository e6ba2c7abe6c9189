using FluentValidation;
using FluentValidation.Results;

namespace Governance.SharedKernel.Identifiers.Validation;

/// <summary>
/// FluentValidation rules for identifiers given as strings. Each reports the identifier's own Chinese message and
/// its <see cref="IdentifierError.Code"/> as the error code. Null and empty pass: combine with <c>NotEmpty()</c>.
/// </summary>
public static class IdentifierRuleBuilderExtensions
{
    public static IRuleBuilderOptionsConditions<T, string?> MustBeIdentifier<T, TIdentifier>(this IRuleBuilder<T, string?> rule)
        where TIdentifier : class, IIdentifier<TIdentifier> =>
        rule.MustParseAs<T, TIdentifier>(_ => null);

    public static IRuleBuilderOptionsConditions<T, string?> MustBeCitizenId<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MustBeIdentifier<T, CitizenId>();

    public static IRuleBuilderOptionsConditions<T, string?> MustBeUnifiedSocialCreditCode<T>(
        this IRuleBuilder<T, string?> rule) =>
        rule.MustBeIdentifier<T, UnifiedSocialCreditCode>();

    public static IRuleBuilderOptionsConditions<T, string?> MustBeRegionCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MustBeIdentifier<T, RegionCode>();

    public static IRuleBuilderOptionsConditions<T, string?> MustBeGridCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MustBeIdentifier<T, GridCode>();

    public static IRuleBuilderOptionsConditions<T, string?> MustBePhoneNumber<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MustBeIdentifier<T, PhoneNumber>();

    /// <summary>A phone number that is a mobile number, e.g. for SMS notifications.</summary>
    public static IRuleBuilderOptionsConditions<T, string?> MustBeMobilePhone<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MustParseAs<T, PhoneNumber>(phone => phone.Kind == PhoneKind.Mobile
            ? null
            : new IdentifierError(IdentifierErrorCodes.Kind, $"{phone} 是固定电话，此处应填写手机号码"));

    private static IRuleBuilderOptionsConditions<T, string?> MustParseAs<T, TIdentifier>(
        this IRuleBuilder<T, string?> rule, Func<TIdentifier, IdentifierError?> furtherCheck)
        where TIdentifier : class, IIdentifier<TIdentifier> =>
        rule.Custom((input, context) =>
        {
            if (string.IsNullOrEmpty(input))
            {
                return;
            }

            var error = TIdentifier.TryParse(input, out var value, out var parseError) ? furtherCheck(value) : parseError;
            if (error is not null)
            {
                context.AddFailure(new ValidationFailure(context.PropertyPath, error.Message, input)
                {
                    ErrorCode = error.Code,
                    CustomState = error,
                });
            }
        });
}
