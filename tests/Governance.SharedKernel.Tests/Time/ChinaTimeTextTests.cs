using Governance.SharedKernel.Time;

namespace Governance.SharedKernel.Tests.Time;

public sealed class ChinaTimeTextTests
{
    [Fact]
    public void Instants_stored_in_utc_read_as_china_time_in_messages()
    {
        Assert.Equal("2026-10-11 00:00", ChinaTime.ToText(new DateTimeOffset(2026, 10, 10, 16, 0, 0, TimeSpan.Zero)));
        Assert.Equal("2026-10-08 14:30", ChinaTime.ToText(new DateTimeOffset(2026, 10, 8, 14, 30, 0, ChinaTime.Offset)));
        Assert.Equal("", ChinaTime.ToText(null));
    }
}
