namespace Governance.Host.Database;

public sealed class EmbeddedPostgresException(string message) : Exception(message);
