using System.Globalization;
using Governance.SharedKernel.Time;

namespace Governance.Modules.Petitions.Application.Common;

/// <summary>Instants in messages as users read them: China time, to the minute.</summary>
internal static class ChinaText
{
    public static string Of(DateTimeOffset? instant) =>
        instant is { } at ? at.ToOffset(ChinaTime.Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "";
}
