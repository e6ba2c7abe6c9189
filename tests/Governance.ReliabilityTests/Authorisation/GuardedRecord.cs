namespace Governance.ReliabilityTests.Authorisation;

/// <summary>
/// A record the township's user created in 上保社区, as a list of its module shows it: the list's path (the collection
/// whose operations take it), the key those operations put in their path (<c>id</c>, <c>code</c>) and its value.
/// </summary>
internal sealed record GuardedRecord(string Module, string Collection, string KeyName, string Key)
{
    /// <summary>The record's own page, whose ETag tells whether a refused request changed it.</summary>
    public string Url => $"{Collection}/{Key}";
}

/// <summary>An attachment of a guarded record, at <c>/api/attachments/{module}/{recordType}/{recordId}</c>.</summary>
internal sealed record GuardedAttachment(GuardedRecord Record, string RecordType, Guid Id);
