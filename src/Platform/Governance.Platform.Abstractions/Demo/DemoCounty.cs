namespace Governance.Platform.Abstractions.Demo;

/// <summary>
/// The county being built and what the contributors so far shared of it: typed records (see <see cref="DemoRegions"/>,
/// <see cref="DemoResidents"/>), one value per type, so modules exchange ids without knowing each other's internals.
/// </summary>
public sealed class DemoCounty(string countyCode, int seed, int persons)
{
    private readonly Dictionary<Type, object> _shared = [];

    public string CountyCode { get; } = countyCode;

    public int Seed { get; } = seed;

    /// <summary>How many persons the county should have.</summary>
    public int Persons { get; } = persons;

    /// <summary>A generator of the module's own, from the seed and the module id: one module's change leaves the others' draws alone.</summary>
    public Random RandomFor(string moduleId)
    {
        var hash = 17;
        foreach (var c in moduleId)
        {
            hash = unchecked(hash * 31 + c);
        }

        return new Random(unchecked(Seed * 397 ^ hash));
    }

    public void Share<T>(T value) where T : class => _shared[typeof(T)] = value;

    /// <summary>What an earlier contributor shared; throws naming the type when none did (a missing dependency).</summary>
    public T Shared<T>() where T : class =>
        _shared.TryGetValue(typeof(T), out var value)
            ? (T)value
            : throw new InvalidOperationException($"No demo contributor shared {typeof(T).Name}; is the module that provides it enabled?");
}
