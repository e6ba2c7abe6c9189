namespace Governance.Host.Database;

public sealed record EmbeddedPostgresOptions
{
    /// <summary>Cluster folder, created and initialised if missing. The password and server log live beside it.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>TCP port on 127.0.0.1; null or 0 picks a free one.</summary>
    public int? Port { get; init; }

    /// <summary>Database the <see cref="EmbeddedPostgres.ConnectionString"/> points at, created if missing.</summary>
    public string Database { get; init; } = "governance";

    /// <summary>Folder holding initdb and pg_ctl; null discovers it.</summary>
    public string? BinDirectory { get; init; }

    /// <summary>False turns off fsync and full page writes: much faster, but an OS crash can corrupt the cluster. Tests only.</summary>
    public bool Durable { get; init; } = true;
}
