using Governance.Host.Demo;

namespace Governance.Host.Tests.Demo;

public sealed class DemoArgumentsTests
{
    [Fact]
    public void Defaults_are_zhangqiu_seed_1_and_a_million_persons_and_other_arguments_go_to_the_host()
    {
        var demo = DemoArguments.Parse(["--seed-demo", "--urls", "http://x"], out var hostArgs, out var error);
        Assert.Null(error);
        Assert.Equal(new DemoArguments("370114", 1, 1_000_000), demo);
        Assert.Equal(["--urls", "http://x"], hostArgs);
    }

    [Fact]
    public void County_seed_and_persons_are_read()
    {
        var demo = DemoArguments.Parse(["--seed-demo", "330106", "--demo-persons", "3000", "--demo-seed", "7"], out var hostArgs, out _);
        Assert.Equal(new DemoArguments("330106", 7, 3000), demo);
        Assert.Empty(hostArgs);
    }

    [Theory]
    [InlineData("--seed-demo", "3301")]
    [InlineData("--demo-persons", "0")]
    [InlineData("--demo-seed", "many")]
    [InlineData("--demo-seed", null)]
    public void A_malformed_value_is_one_sentence_naming_it(string option, string? value)
    {
        string[] args = option == DemoArguments.Flag ? [option, value!] : [DemoArguments.Flag, option, .. value is null ? Array.Empty<string>() : [value]];
        Assert.Null(DemoArguments.Parse(args, out _, out var error));
        Assert.Contains(option, error);
    }

    [Fact]
    public void Without_the_flag_nothing_is_taken()
    {
        string[] args = ["--migrate-only"];
        Assert.Null(DemoArguments.Parse(args, out var hostArgs, out var error));
        Assert.Null(error);
        Assert.Same(args, hostArgs);
    }
}
