using Governance.Modules.Registry.Domain;
using Governance.SharedKernel.Querying;

namespace Governance.Modules.Registry.Application.PersonImports;

/// <summary>An import's progress and outcome; <see cref="Errors"/> is one page of its row errors.</summary>
internal sealed record ImportView(
    Guid Id, string FileName, string Format, ImportState State, int RowsRead, int RowsValid, int RowsInvalid,
    int Inserted, int Updated, int Unchanged, string? Error, DateTimeOffset CreatedAt, DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt, Paged<ImportErrorView>? Errors)
{
    public static ImportView From(PersonImport i, Paged<ImportErrorView>? errors) => new(
        i.Id, i.FileName, i.Format, i.State, i.RowsRead, i.RowsValid, i.RowsInvalid, i.Inserted, i.Updated,
        i.State == ImportState.Succeeded ? i.RowsValid - i.Inserted - i.Updated : 0,
        i.Error, i.CreatedAt, i.StartedAt, i.FinishedAt, errors);
}

/// <summary>A row error: the spreadsheet row (header = 1), the column header and the reason.</summary>
internal sealed record ImportErrorView(int Row, string Column, string Reason);
