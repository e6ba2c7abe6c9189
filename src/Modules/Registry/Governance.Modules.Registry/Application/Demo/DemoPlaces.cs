using Governance.Modules.Registry.Domain;
using Governance.SharedKernel.Identifiers;

namespace Governance.Modules.Registry.Application.Demo;

/// <summary>
/// Standard addresses, houses (one per household, its first member the owner; 12 % let) and units with valid unified
/// social credit codes (企业, 个体工商户, 合作社, 民办非企业单位) of the demo county.
/// </summary>
internal sealed class DemoPlaces(RegionCode county, string countyName, Random random, DateTimeOffset now)
{
    private static readonly (string Prefix, double Share, string Suffix)[] UnitKinds =
        [("91", 0.70, "有限公司"), ("92", 0.20, "店"), ("93", 0.05, "专业合作社"), ("52", 0.05, "服务中心")];

    private static readonly string[] Trades = ["商贸", "建材", "农业科技", "机械", "食品", "物流", "餐饮", "家政", "电子", "养殖"];

    private readonly HashSet<string> _creditCodes = [];
    private int _addresses;

    public StandardAddress Address(Grid grid, string fullText) => new()
    {
        Id = Guid.CreateVersion7(now),
        Code = $"{grid.Village.Value}-{++_addresses:D7}",
        FullText = fullText,
        Region = grid.Village,
        Grid = grid.Code,
        ScopeCode = grid.ScopeCode,
        CreatedAt = now,
        UpdatedAt = now,
    };

    public House House(StandardAddress address, Guid owner, bool village) => new()
    {
        Id = Guid.CreateVersion7(now),
        AddressId = address.Id,
        Type = village ? HouseType.SelfBuilt : HouseType.Residential,
        OwnerPersonId = owner,
        IsRental = random.NextDouble() < 0.12,
        Rooms = random.Next(1, 7),
        Area = Math.Round((decimal)(40 + random.NextDouble() * 140), 1),
        ScopeCode = address.ScopeCode,
        CreatedAt = now,
        UpdatedAt = now,
    };

    public Organisation Organisation(StandardAddress address, string place, Guid legalRepresentative)
    {
        var draw = random.NextDouble();
        var kind = UnitKinds.First(k => (draw -= k.Share) < 0 || k.Prefix == UnitKinds[^1].Prefix);
        var creditCode = NextCreditCode(kind.Prefix);
        return new Organisation
        {
            Id = Guid.CreateVersion7(now),
            Name = $"{countyName}{place}{Trades[random.Next(Trades.Length)]}{kind.Suffix}",
            CreditCode = creditCode,
            Type = OrganisationTypes.FromCreditCode(creditCode.Value),
            AddressId = address.Id,
            Address = address.FullText,
            LegalRepresentativePersonId = legalRepresentative,
            Region = address.Region,
            Grid = address.Grid,
            ScopeCode = address.ScopeCode,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    private UnifiedSocialCreditCode NextCreditCode(string prefix)
    {
        while (true)
        {
            var body = string.Concat(Enumerable.Range(0, 8).Select(_ => UnifiedSocialCreditCode.Charset[random.Next(UnifiedSocialCreditCode.Charset.Length)]));
            var code = UnifiedSocialCreditCode.Create($"{prefix}{county.ShortForm}{body}");
            if (_creditCodes.Add(code.Value))
            {
                return code;
            }
        }
    }
}
