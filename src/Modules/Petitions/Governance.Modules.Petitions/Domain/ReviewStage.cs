using System.ComponentModel;

namespace Governance.Modules.Petitions.Domain;

/// <summary>The two levels of the review chain: 复查 (第三十五条) and 复核 (第三十六条).</summary>
internal enum ReviewStage
{
    [Description("复查")]
    Review = 1,

    [Description("复核")]
    ReReview = 2,
}
