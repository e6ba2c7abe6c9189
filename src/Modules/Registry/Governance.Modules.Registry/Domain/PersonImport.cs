namespace Governance.Modules.Registry.Domain;

/// <summary>One bulk import of a person ledger (台账) file, with its progress and outcome.</summary>
internal sealed class PersonImport
{
    public Guid Id { get; init; }

    public required string FileName { get; init; }

    public required string Format { get; init; }

    /// <summary>Where the uploaded file waits on <see cref="Host"/> until the import has finished.</summary>
    public string? FilePath { get; init; }

    /// <summary>The machine holding the file: only its worker can run the import.</summary>
    public string? Host { get; init; }

    public ImportState State { get; set; }

    public int RowsRead { get; set; }

    public int RowsValid { get; set; }

    public int RowsInvalid { get; set; }

    public int Inserted { get; set; }

    public int Updated { get; set; }

    /// <summary>Why the import failed as a whole (state Failed).</summary>
    public string? Error { get; set; }

    public Guid? RequestedBy { get; init; }

    /// <summary>The importing user's jurisdiction: rows outside it are refused.</summary>
    public required string Jurisdiction { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }
}

internal enum ImportState
{
    Queued = 1,
    Running = 2,
    Succeeded = 3,
    Failed = 4,
}

/// <summary>A row-level error of an import: which row (1 = first data row), which column, why.</summary>
internal sealed class PersonImportError
{
    public Guid ImportId { get; init; }

    public int Seq { get; init; }

    public int Row { get; init; }

    public required string Column { get; init; }

    public required string Reason { get; init; }
}
