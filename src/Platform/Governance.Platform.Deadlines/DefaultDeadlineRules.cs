using static Governance.Platform.Deadlines.DeadlineUnit;

namespace Governance.Platform.Deadlines;

/// <summary>
/// The statutory defaults of DOMAIN.md §12, seeded once; administrators change them through the API. National rules
/// carry no province; 浙江 (33) has its own petition profile (浙江省信访条例). Limits counted back from a future event
/// (安置帮教 release notice 30 days before release, 停电等强制措施 24 hours ahead, asking for a hazard-rectification
/// extension 20 working days before its end) and the yearly 居住证签注 window are not periods from a start, so they
/// are left to their modules.
/// </summary>
internal static class DefaultDeadlineRules
{
    private const string Zhejiang = "33";

    public static IReadOnlyList<DeadlineRule> All() =>
    [
        Rule("petitions.registration", 15, CalendarDays, 3, "信访部门登记并转送、交办信访事项", "《信访工作条例》第二十二条"),
        Rule("petitions.registration", 5, WorkingDays, 1, "信访事项登记后作出处理（转送、交办、告知）", "《浙江省信访条例》第二十条", Zhejiang),
        Rule("petitions.acceptance-notice", 15, CalendarDays, 3, "书面告知信访人接收情况及处理途径（直接受理或转送、交办件）", "《信访工作条例》第二十三条"),
        Rule("petitions.acceptance-notice", 5, WorkingDays, 1, "转送、交办件决定是否受理并书面告知信访人", "《浙江省信访条例》第二十条", Zhejiang),
        Rule("petitions.transfer-objection", 5, WorkingDays, 1, "转送、交办件不属本机关职权范围的提出异议", "《信访工作条例》第二十三条"),
        Rule("petitions.handling", 60, CalendarDays, 10, "信访事项自受理之日起办结", "《信访工作条例》第三十四条"),
        Rule("petitions.handling", 30, CalendarDays, 5, "信访事项自受理之日起办结", "《浙江省信访条例》第二十三条", Zhejiang),
        // 第三十四条's 60 days bind only the 意见书 of 第三十一条第六项: the other routes' limits are the deployment's to set
        // (the duty's own law, 第二十九条's 回复, the 纪检监察 rules); 60 days is a starting value, 浙江's 30 its 第二十三条.
        Rule("petitions.duty-handling", 60, CalendarDays, 10, "依法履行职责或者答复（期限依该职责的法律法规，可按本地调整）", "《信访工作条例》第三十一条第五项"),
        Rule("petitions.duty-handling", 30, CalendarDays, 5, "信访事项自受理之日起办结", "《浙江省信访条例》第二十三条", Zhejiang),
        Rule("petitions.suggestion-reply", 60, CalendarDays, 10, "建议意见类事项研究论证并予以回复（条例未定期限，可按本地调整）", "《信访工作条例》第二十九条"),
        Rule("petitions.suggestion-reply", 30, CalendarDays, 5, "信访事项自受理之日起办结", "《浙江省信访条例》第二十三条", Zhejiang),
        Rule("petitions.accusation-handling", 60, CalendarDays, 10, "检举控告类事项依规依纪依法办理和反馈（期限依纪检监察规定，可按本地调整）", "《信访工作条例》第三十条"),
        Rule("petitions.accusation-handling", 30, CalendarDays, 5, "信访事项自受理之日起办结", "《浙江省信访条例》第二十三条", Zhejiang),
        Rule("petitions.handling-extension", 30, CalendarDays, 5, "经负责人批准延长办理期限（最长）", "《信访工作条例》第三十四条"),
        Rule("petitions.handling-extension", 60, CalendarDays, 10, "经负责人批准延长办理期限（最长）", "《浙江省信访条例》第二十三条", Zhejiang),
        Rule("petitions.review-request", 30, CalendarDays, 5, "信访人自收到书面答复之日起请求复查", "《信访工作条例》第三十五条"),
        Rule("petitions.review-decision", 30, CalendarDays, 5, "自收到复查请求之日起提出复查意见", "《信访工作条例》第三十五条"),
        Rule("petitions.re-review-request", 30, CalendarDays, 5, "信访人自收到复查意见之日起请求复核", "《信访工作条例》第三十六条"),
        Rule("petitions.re-review-decision", 30, CalendarDays, 5, "自收到复核请求之日起提出复核意见（听证时间不计入）", "《信访工作条例》第三十六条"),

        Rule("mediation.people", 30, CalendarDays, 5, "人民调解一般在一个月内调结", "《人民调解工作若干规定》第三十三条"),
        Rule("mediation.judicial-confirmation-request", 30, CalendarDays, 5, "调解协议生效后共同申请司法确认", "《人民调解法》第三十三条"),
        Rule("mediation.judicial-confirmation-acceptance", 3, CalendarDays, 1, "人民法院决定是否受理司法确认申请", "最高人民法院《关于人民调解协议司法确认程序的若干规定》第四条"),
        Rule("mediation.judicial-confirmation-decision", 15, CalendarDays, 3, "人民法院自受理之日起作出是否确认的决定（可延长十日）", "最高人民法院《关于人民调解协议司法确认程序的若干规定》第五条"),

        Rule("floating-population.residence-permit-issuance", 15, CalendarDays, 3, "公安机关受理后制发居住证（最长三十日）", "《居住证暂行条例》第九条"),
        Rule("floating-population.registration-report", 3, WorkingDays, 1, "居住登记及出租人、用人单位报送流动人口信息", "《杭州市流动人口服务管理规定》第九条；《浙江省流动人口居住登记条例》第八至十一条"),
        Rule("floating-population.change-registration", 10, CalendarDays, 2, "居住地址、服务处所变更后办理变更登记", "《浙江省流动人口居住登记条例》第十三条"),

        Rule("special-groups.correction-notice", 5, CalendarDays, 1, "社区矫正决定机关通知执行地社区矫正机构", "《社区矫正法》第二十条"),
        Rule("special-groups.correction-documents", 10, CalendarDays, 2, "社区矫正决定机关送达法律文书", "《社区矫正法》第二十条"),
        Rule("special-groups.correction-report", 10, CalendarDays, 2, "社区矫正对象到执行地社区矫正机构报到", "《社区矫正法》第二十一条"),
        Rule("special-groups.electronic-monitoring", 3, Months, 1, "电子定位装置使用期限（每次）", "《社区矫正法》第二十九条"),
        Rule("special-groups.correction-court-decision", 30, CalendarDays, 5, "撤销缓刑、假释、收监执行、减刑的裁定或决定", "《社区矫正法》第三十三条、第四十七至四十九条"),
        Rule("special-groups.arrest-decision", 48, Hours, 12, "人民法院作出是否逮捕的决定", "《社区矫正法》第四十七条"),
        Rule("special-groups.drug-community-report", 15, CalendarDays, 3, "社区戒毒人员到社区戒毒执行地报到", "《戒毒条例》第十四条"),
        Rule("special-groups.drug-community-term", 36, Months, 1, "社区戒毒期限", "《禁毒法》第三十三条"),
        Rule("special-groups.drug-rehabilitation-report", 15, CalendarDays, 3, "社区康复人员报到", "《戒毒条例》第三十七条"),
        Rule("special-groups.drug-rehabilitation-term", 36, Months, 1, "社区康复期限（最长）", "《戒毒条例》第三十七条"),
        Rule("special-groups.mental-health-followup-unstable", 14, CalendarDays, 3, "病情不稳定的严重精神障碍患者随访", "《严重精神障碍管理治疗工作规范（2018年版）》"),
        Rule("special-groups.mental-health-followup-stable", 3, Months, 1, "病情稳定的严重精神障碍患者随访（每年至少四次）", "《严重精神障碍管理治疗工作规范（2018年版）》"),
        Rule("special-groups.resettlement-period", 60, Months, 3, "刑满释放人员安置帮教期", "地方安置帮教工作规定（如《上海市安置帮教工作规定》）"),

        Rule("legal-aid.review", 7, CalendarDays, 2, "自收到申请之日起审查并作出是否给予法律援助的决定", "《法律援助法》第四十三条"),
        Rule("legal-aid.assignment", 3, CalendarDays, 1, "决定给予法律援助后指派律师", "《法律援助法》第四十三条"),
        Rule("legal-aid.detainee-forwarding", 24, Hours, 6, "被羁押人员的法律援助申请转交法律援助机构", "《法律援助法》第三十九条"),
        Rule("legal-aid.objection", 5, CalendarDays, 1, "司法行政部门审查对法律援助机构决定的异议", "《法律援助法》第四十九条"),
        Rule("legal-aid.closing-materials", 30, CalendarDays, 5, "案件结束后提交结案（立卷）材料", "地方法律援助办案规范（如怒江州服务指南）"),
        Rule("legal-aid.closing-review", 30, CalendarDays, 5, "法律援助机构审查结案材料并支付补贴", "地方法律援助办案规范（如怒江州服务指南）"),

        Rule("safety-inspections.major-hazard-rectification", 12, Months, 1, "重大事故隐患挂牌督办整改（最长）", "青岛市“3+X”挂牌督办规定（2012）"),
        Rule("safety-inspections.extension-decision", 10, WorkingDays, 2, "对延期整改申请作出决定", "青岛市“3+X”挂牌督办规定（2012）"),
        Rule("safety-inspections.fire-recheck", 3, WorkingDays, 1, "消防救援机构收到复查申请后进行复查", "《消防监督检查规定》（公安部令第120号）"),

        Rule("events.acceptance", 5, CalendarDays, 3, "一般事件受理督办（第2日黄牌、第5日红牌）", "天阙网格化平台默认督办时限"),
        Rule("events.handling", 10, CalendarDays, 5, "一般事件办理督办（第5日黄牌、第10日红牌）", "天阙网格化平台默认督办时限"),
    ];

    private static DeadlineRule Rule(
        string code, int amount, DeadlineUnit unit, int warnBefore, string description, string legalBasis, string? province = null) =>
        new()
        {
            Code = code,
            Province = province,
            Amount = amount,
            Unit = unit,
            WarnBefore = warnBefore,
            Description = description,
            LegalBasis = legalBasis,
        };
}
