namespace Governance.Modules.Mediation.Application.RegisterDispute;

/// <summary>The registration example of the OpenAPI document: a neighbours' dispute found by the village committee.</summary>
internal static class RegistrationExample
{
    public static readonly object Request = new
    {
        source = "Application", type = "CivilFamilyNeighbour", matter = "Neighbours", subject = "邻里排水纠纷",
        description = "楼上住户排水管渗漏至楼下，双方协商未果", occurredOn = "2026-11-30", location = "保俶路 12 号",
        regionCode = "330106002051", headcount = 2, amount = 3000, risk = "Low",
        parties = new object[]
        {
            new { personId = Guid.Parse("0197a3c2-5a1e-7c3d-9b2f-1d2e3f4a5b6c"), role = "Applicant" },
            new { personId = Guid.Parse("0197a3c2-5a1f-7a01-8c2d-3e4f5a6b7c8d"), role = "Respondent" },
        },
    };

    public static readonly object Response = new
    {
        id = Guid.Parse("0197a3c2-8e20-7f31-9b4c-5d6e7f809102"), number = "330106-2026-000001", state = "Registered",
        stateName = "已登记", source = "Application", sourceName = "群众申请", type = "CivilFamilyNeighbour",
        typeName = "婚姻家庭邻里等民间纠纷", level = "Village", levelName = "村（社区）", scopeCode = "330106002051",
        headcount = 2, isMajor = false, allowedActions = new[] { new { code = "RecordConsent", label = "记录调解意愿" } },
    };
}
