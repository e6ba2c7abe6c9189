using Governance.Modules.Registry.Application.Persons;
using Governance.Modules.Registry.Contracts.Persons;
using Governance.Modules.Registry.Domain;
using Governance.Platform.Abstractions.Demo;
using Governance.SharedKernel.Identifiers;

namespace Governance.Modules.Registry.Application.Demo;

/// <summary>
/// Persons of the demo county, village by village: 户籍 mostly local (户籍人口), some from other counties of the
/// province and from other provinces (流动人口); 51 % men; ages after <see cref="DemoBirths"/>; 99 % 汉族.
/// </summary>
internal sealed class DemoPersons(RegionCode county, IReadOnlyList<RegionCode> otherCounties, Random random, DateTimeOffset now)
{
    private readonly DemoCitizenIds _citizenIds = new(CitizenId.TodayInChina(TimeProvider.System));
    private readonly RegionCode[] _province = otherCounties.Where(c => c.Value[..2] == county.Value[..2] && c != county).ToArray();
    private readonly RegionCode[] _elsewhere = otherCounties.Where(c => c.Value[..2] != county.Value[..2]).ToArray();

    /// <summary>How many of <paramref name="total"/> persons live in each village: communities twice a village's share.</summary>
    public int[] Shares(IReadOnlyList<DemoVillage> villages, int total)
    {
        var weights = villages.Select(v => (DemoAddresses.IsCommunity(v.Name) ? 2.0 : 1.0) * (0.5 + random.NextDouble())).ToArray();
        var sum = weights.Sum();
        var shares = weights.Select(w => (int)(total * w / sum)).ToArray();
        shares[0] += total - shares.Sum();
        return shares;
    }

    public Person Create(Grid grid, string address)
    {
        var draw = random.NextDouble();
        var household = draw < 0.86 ? county : draw < 0.95 ? Pick(_province) : Pick(_elsewhere);
        var sex = random.NextDouble() < 0.512 ? Sex.Male : Sex.Female;
        var citizenId = _citizenIds.Next(random, household.ShortForm, DemoBirths.Next(random), sex);
        var name = DemoNames.Next(random);
        if (PersonRules.NameProblem(name) is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        var local = household == county;
        return new Person
        {
            Id = Guid.CreateVersion7(now),
            CitizenId = citizenId,
            Name = name,
            Sex = citizenId.Sex,
            BirthDate = citizenId.BirthDate,
            Ethnicity = random.NextDouble() < 0.99 ? "01" : "03",
            HouseholdRegion = household,
            HouseholdAddress = local ? address : null,
            CurrentRegion = grid.Village,
            Grid = grid.Code,
            CurrentAddress = address,
            ScopeCode = new Placement(grid.Village, grid.Code).ScopeCode,
            Phone = random.NextDouble() < 0.8 ? PhoneNumber.Parse($"1{Pick(MobileStarts)}{random.Next(100_000_000):D8}") : null,
            PopulationType = local ? PopulationType.Household : PopulationType.Floating,
            RegisteredAt = now,
            UpdatedAt = now,
        };
    }

    private static readonly string[] MobileStarts = ["38", "39", "58", "59", "86", "87", "35", "37", "50", "88"];

    private T Pick<T>(T[] items) => items[random.Next(items.Length)];
}
