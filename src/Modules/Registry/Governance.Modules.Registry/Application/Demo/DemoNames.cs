namespace Governance.Modules.Registry.Application.Demo;

/// <summary>Common surnames (姓, most frequent first) and given-name characters (名) for demo persons.</summary>
internal static class DemoNames
{
    private const string Surnames =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";

    private const string Given =
        "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红建文辉力斌宇浩凯鹏飞雪梅琳晶欣怡子涵雨轩博文" +
        "佳豪思远晓东志国海燕春花冬梅德胜国庆建华振宇家乐俊杰欣然诗雨梓萱一诺浩然天佑宏伟立新卫东淑珍凤兰玉兰";

    public static string Next(Random random)
    {
        // Zipf-like: the first surnames are far more frequent, as in the census.
        var surname = Surnames[(int)(Surnames.Length * Math.Pow(random.NextDouble(), 2.2))];
        var first = Given[random.Next(Given.Length)];
        return random.NextDouble() < 0.25 ? $"{surname}{first}" : $"{surname}{first}{Given[random.Next(Given.Length)]}";
    }
}
