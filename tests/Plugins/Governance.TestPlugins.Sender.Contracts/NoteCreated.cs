using Governance.SharedKernel.Messaging;

namespace Governance.TestPlugins.Sender.Contracts;

/// <summary>
/// A note was written in the Sender test module. <paramref name="FailuresBeforeSuccess"/> steers the Receiver's flaky
/// handler: 0 = no flaky handling, n = fail n times then succeed, -1 = always fail.
/// </summary>
[IntegrationEvent("sender.note-created.v1")]
public sealed record NoteCreated(Guid NoteId, string Text, int FailuresBeforeSuccess) : IntegrationEvent;
