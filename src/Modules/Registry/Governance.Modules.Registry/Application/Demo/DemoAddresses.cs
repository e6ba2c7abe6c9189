namespace Governance.Modules.Registry.Application.Demo;

/// <summary>Street addresses in a village: "明水街道明一社区 12 号楼 3 单元 501" or "相公庄街道王家村 37 号".</summary>
internal static class DemoAddresses
{
    /// <summary>"明一社区居民委员会" → "明一社区", "王家村村民委员会" → "王家村".</summary>
    public static string Short(string villageName) =>
        villageName.Replace("居民委员会", "").Replace("村民委员会", "").Replace("居委会", "").Replace("村委会", "");

    public static bool IsCommunity(string villageName) =>
        villageName.Contains("居民委员会", StringComparison.Ordinal) || villageName.Contains("社区", StringComparison.Ordinal);

    public static string Home(Random random, string township, string village) =>
        IsCommunity(village)
            ? $"{township}{Short(village)}{random.Next(1, 40)}号楼{random.Next(1, 5)}单元{random.Next(1, 19)}0{random.Next(1, 5)}"
            : $"{township}{Short(village)}{random.Next(1, 400)}号";
}
