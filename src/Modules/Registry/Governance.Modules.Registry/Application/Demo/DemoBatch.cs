using Governance.Modules.Registry.Domain;
using Governance.SharedKernel.Data;
using Npgsql;

namespace Governance.Modules.Registry.Application.Demo;

/// <summary>The records built since the last flush; written with binary COPY, persons before what refers to them.</summary>
internal sealed class DemoBatch(RegistryDbContext db, NpgsqlConnection connection)
{
    public List<Person> Persons { get; } = [];

    public List<StandardAddress> Addresses { get; } = [];

    public List<House> Houses { get; } = [];

    public List<Organisation> Organisations { get; } = [];

    /// <summary>Writes the batch and answers how many persons it held.</summary>
    public async Task<int> FlushAsync(CancellationToken ct)
    {
        var persons = await db.CopyAsync(connection, Persons, ct);
        await db.CopyAsync(connection, Addresses, ct);
        await db.CopyAsync(connection, Houses, ct);
        await db.CopyAsync(connection, Organisations, ct);
        Persons.Clear();
        Addresses.Clear();
        Houses.Clear();
        Organisations.Clear();
        return persons;
    }
}
