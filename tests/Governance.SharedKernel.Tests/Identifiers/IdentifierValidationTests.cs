using FluentValidation;
using Governance.SharedKernel.Identifiers;
using Governance.SharedKernel.Identifiers.Validation;

namespace Governance.SharedKernel.Tests.Identifiers;

public class IdentifierValidationTests
{
    private sealed record Petitioner(
        string IdNumber, string? CreditCode, string? Region, string? Grid, string? Phone, string? SmsPhone);

    private sealed class PetitionerValidator : AbstractValidator<Petitioner>
    {
        public PetitionerValidator()
        {
            RuleFor(x => x.IdNumber).NotEmpty().MustBeCitizenId();
            RuleFor(x => x.CreditCode).MustBeUnifiedSocialCreditCode();
            RuleFor(x => x.Region).MustBeRegionCode();
            RuleFor(x => x.Grid).MustBeGridCode();
            RuleFor(x => x.Phone).MustBePhoneNumber();
            RuleFor(x => x.SmsPhone).MustBeMobilePhone();
        }
    }

    private static readonly Petitioner Valid = new(
        "11010519491231002X", "91350100M000100Y43", "330106", "330106002051007", "0571-87654321", "13812345678");

    [Fact]
    public void Valid_identifiers_pass()
    {
        Assert.True(new PetitionerValidator().Validate(Valid).IsValid);
    }

    [Fact]
    public void Null_optional_identifiers_pass()
    {
        Assert.True(new PetitionerValidator().Validate(Valid with
        {
            CreditCode = null, Region = null, Grid = null, Phone = "", SmsPhone = null,
        }).IsValid);
    }

    [Fact]
    public void Each_failure_carries_the_precise_message_and_code()
    {
        var result = new PetitionerValidator().Validate(new Petitioner(
            "110105194912310023", "91350100M000100Y44", "990106", "330106002051000", "15412345678", "0571-87654321"));

        var failures = result.Errors.ToDictionary(failure => failure.PropertyName);
        Assert.Equal(6, failures.Count);
        Assert.Equal("第18位校验码应为 X，实际为 3", failures[nameof(Petitioner.IdNumber)].ErrorMessage);
        Assert.Equal(IdentifierErrorCodes.Checksum, failures[nameof(Petitioner.IdNumber)].ErrorCode);
        Assert.Equal(IdentifierErrorCodes.Checksum, failures[nameof(Petitioner.CreditCode)].ErrorCode);
        Assert.Equal("行政区划代码前两位 99 不是已知省份", failures[nameof(Petitioner.Region)].ErrorMessage);
        Assert.Equal(IdentifierErrorCodes.Sequence, failures[nameof(Petitioner.Grid)].ErrorCode);
        Assert.Equal(IdentifierErrorCodes.MobilePrefix, failures[nameof(Petitioner.Phone)].ErrorCode);
        Assert.Equal(IdentifierErrorCodes.Kind, failures[nameof(Petitioner.SmsPhone)].ErrorCode);
        Assert.Equal("0571-87654321 是固定电话，此处应填写手机号码", failures[nameof(Petitioner.SmsPhone)].ErrorMessage);
        Assert.IsType<IdentifierError>(failures[nameof(Petitioner.IdNumber)].CustomState);
    }

    [Fact]
    public void Empty_required_identifier_fails_only_on_not_empty()
    {
        var result = new PetitionerValidator().Validate(Valid with { IdNumber = "" });

        var failure = Assert.Single(result.Errors);
        Assert.Equal("NotEmptyValidator", failure.ErrorCode);
    }
}
