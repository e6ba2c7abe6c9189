namespace Governance.SharedKernel.Identifiers;

/// <summary>The values of <see cref="IdentifierError.Code"/>; clients may switch on them, so never rename one.</summary>
public static class IdentifierErrorCodes
{
    public const string Empty = "empty";
    public const string Length = "length";
    public const string Character = "character";
    public const string Checksum = "checksum";

    /// <summary>The check character of the organisation code (GB 11714) inside a unified social credit code.</summary>
    public const string OrganisationChecksum = "organisation-checksum";

    public const string BirthDate = "birth-date";
    public const string Province = "province";

    /// <summary>A region code with a non-zero level below a zero one, e.g. 330006.</summary>
    public const string Segment = "segment";

    /// <summary>A code at the wrong administrative level, e.g. a grid under a township instead of a village.</summary>
    public const string Level = "level";

    public const string Sequence = "sequence";
    public const string CountryCode = "country-code";
    public const string MobilePrefix = "mobile-prefix";
    public const string AreaCode = "area-code";
    public const string Subscriber = "subscriber";
    public const string Extension = "extension";
    public const string Format = "format";
    public const string Kind = "kind";
}
