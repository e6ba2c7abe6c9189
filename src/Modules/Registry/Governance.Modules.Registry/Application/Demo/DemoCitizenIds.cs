using System.Globalization;
using Governance.SharedKernel.Identifiers;

namespace Governance.Modules.Registry.Application.Demo;

/// <summary>
/// Unique GB 11643 citizen IDs: address code, birth date, a sequence whose last digit is odd for men, check
/// character (<see cref="CitizenId.Create"/> parses them, so an invalid one fails here rather than in the database).
/// </summary>
internal sealed class DemoCitizenIds(DateOnly today)
{
    private readonly HashSet<long> _taken = [];

    public CitizenId Next(Random random, string region, DateOnly birth, Sex sex)
    {
        while (true)
        {
            var sequence = random.Next(500) * 2 + (sex == Sex.Male ? 1 : 0);
            var body = string.Concat(region, birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
                sequence.ToString("D3", CultureInfo.InvariantCulture));
            if (_taken.Add(long.Parse(body, CultureInfo.InvariantCulture)))
            {
                return CitizenId.Create(body, today);
            }
        }
    }
}
