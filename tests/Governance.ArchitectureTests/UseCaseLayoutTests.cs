namespace Governance.ArchitectureTests;

public sealed class UseCaseLayoutTests
{
    /// <summary>
    /// Modules whose requests are still being moved into files named for them, on branches of their own. The rule holds
    /// for every other module; whoever merges such a branch takes its module off this list in the same commit.
    /// </summary>
    private static readonly string[] NotYetReorganised = [];

    public static TheoryData<string> ReorganisedModules() => new(ModuleAssemblies.ModuleIds.Except(NotYetReorganised));

    [Fact]
    public void Modules_not_yet_reorganised_are_modules_that_exist()
    {
        Assert.Subset(ModuleAssemblies.ModuleIds.ToHashSet(), NotYetReorganised.ToHashSet());
    }

    [Theory]
    [MemberData(nameof(ReorganisedModules))]
    public void Every_request_is_in_a_file_named_for_it_under_agreed_words(string module)
    {
        var assemblies = ModuleAssemblies.OfModule(module);
        var misfiled = assemblies.SelectMany(UseCaseLayout.Misfiled).ToList();

        Assert.NotEmpty(assemblies);
        Assert.True(misfiled.Count == 0, $"{UseCaseLayout.Rule}\n{misfiled.Count} misfiled in {module}:\n{string.Join('\n', misfiled)}");
    }
}
