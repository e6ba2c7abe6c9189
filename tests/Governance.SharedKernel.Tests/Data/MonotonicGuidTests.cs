using Governance.SharedKernel.Data;

namespace Governance.SharedKernel.Tests.Data;

public sealed class MonotonicGuidTests
{
    [Fact]
    public void Ids_made_at_one_instant_ascend_in_the_order_they_were_made_and_are_version_7()
    {
        var at = DateTimeOffset.UtcNow.AddYears(1);
        var ids = Enumerable.Range(0, 10_000).Select(_ => MonotonicGuid.Next(at)).ToList();

        Assert.Equal(ids, ids.Order());
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Equal(7, id.Version));
        Assert.All(ids, id => Assert.Equal(0b10, id.Variant >> 2));
    }

    [Fact]
    public void A_later_instant_never_sorts_before_an_earlier_id()
    {
        var first = MonotonicGuid.Next(DateTimeOffset.UtcNow.AddYears(2));
        var second = MonotonicGuid.Next(DateTimeOffset.UtcNow);

        Assert.True(second.CompareTo(first) > 0);
    }
}
