using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;

namespace Governance.SharedKernel.Data;

/// <summary>
/// Loads entities set-based with PostgreSQL binary COPY, columns, store types and value converters taken from the
/// context's EF model (no second copy of the mapping). Row versions (<c>xmin</c>) are left to PostgreSQL.
/// </summary>
public static partial class EntityCopy
{
    public static async Task<int> CopyAsync<T>(this DbContext db, NpgsqlConnection connection, IEnumerable<T> entities, CancellationToken ct)
        where T : class
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not mapped");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties()
            .Where(p => p.ValueGenerated != ValueGenerated.OnAddOrUpdate)
            .Select(p => new Column(p.GetGetter(), p.GetTypeMapping().Converter, p.GetColumnName(table)!, Facets().Replace(p.GetColumnType(), "")))
            .ToList();
        var names = string.Join(", ", columns.Select(c => $"\"{c.Name}\""));
        await using var copy = await connection.BeginBinaryImportAsync(
            $"COPY \"{table.Schema}\".\"{table.Name}\" ({names}) FROM STDIN (FORMAT BINARY)", ct);
        var rows = 0;
        foreach (var row in entities)
        {
            await copy.StartRowAsync(ct);
            foreach (var column in columns)
            {
                var value = column.Getter.GetClrValue(row);
                value = value is null || column.Converter is null ? value : column.Converter.ConvertToProvider(value);
                if (value is null)
                {
                    await copy.WriteNullAsync(ct);
                }
                else
                {
                    await copy.WriteAsync(value, column.StoreType, ct);
                }
            }

            rows++;
        }

        await copy.CompleteAsync(ct);
        return rows;
    }

    // The getter and converter are looked up once per load, not once per row and column.
    private sealed record Column(IClrPropertyGetter Getter, ValueConverter? Converter, string Name, string StoreType);

    [GeneratedRegex(@"\(\d+(,\s*\d+)?\)")]
    private static partial Regex Facets();
}
