namespace Governance.Modules.Petitions.Application.Registration;

/// <summary>The registration example of the OpenAPI document: a visit about a lift, and what the desk gets back.</summary>
internal static class RegistrationExample
{
    public static readonly object Request = new
    {
        channel = "Visit", category = "Claim", domain = "UrbanRuralConstruction", subject = "小区加装电梯费用分摊纠纷",
        content = "请求协调加装电梯费用分摊问题，一楼住户不同意出资", regionCode = "330106002051",
        petitionerPersonIds = new[] { Guid.Parse("0197a3c2-5a1e-7c3d-9b2f-1d2e3f4a5b6c") }, headcount = 1,
    };

    public static readonly object Response = new
    {
        petition = new
        {
            id = Guid.Parse("0197a3c2-7d10-7e21-8a3b-4c5d6e7f8091"), trackingNumber = "XF33010620261202000001", state = "Registered",
            stateName = "已登记", channel = "Visit", channelName = "走访", category = "Claim", categoryName = "申诉求决类",
            subject = "小区加装电梯费用分摊纠纷", scopeCode = "330106002051", isFirst = true, isRepeat = false,
            deadlines = new { current = "2026-12-17T16:00:00Z", deadlineState = "Normal", overdue = false },
        },
        queryCode = "K7Q2M9XD",
        duplicateCandidates = Array.Empty<object>(),
    };
}
