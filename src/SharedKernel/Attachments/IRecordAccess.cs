namespace Governance.SharedKernel.Attachments;

/// <summary>
/// A module's answer to "may the current user see / add attachments to this record?". The platform stores
/// attachments for every module but lets the record's own module decide who reaches them (jurisdiction, permissions,
/// sensitivity). A module registers one implementation per kind of record that carries attachments.
/// </summary>
public interface IRecordAccess
{
    /// <summary>The module id, e.g. <c>Petitions</c>.</summary>
    string Module { get; }

    /// <summary>The kind of record, e.g. <c>petition</c>; part of the attachment's address.</summary>
    string RecordType { get; }

    /// <summary>The permission that reads such records; the platform's to-do lists show the module's items only to its holders.</summary>
    string ReadPermission { get; }

    /// <summary>False when the record does not exist or the caller may not read it (both answered as 404).</summary>
    Task<bool> CanReadAsync(string recordId, CancellationToken cancellationToken);

    /// <summary>False when the caller may not add attachments to the record.</summary>
    Task<bool> CanAttachAsync(string recordId, CancellationToken cancellationToken);
}
