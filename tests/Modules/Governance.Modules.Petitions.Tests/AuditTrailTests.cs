namespace Governance.Modules.Petitions.Tests;

/// <summary>The audit trail answers who registered, accepted and answered a petition: every row names the petition.</summary>
[Collection(PetitionsCollection.Name)]
public sealed class AuditTrailTests(PetitionsHost host)
{
    [Fact]
    public async Task Registration_and_every_step_are_audited_under_the_petitions_id()
    {
        var desk = host.ClientFor(PetitionsHostBase.Beishan);
        var registered = await desk.RegisterAsync(PetitionApi.Body(await host.PersonAsync()));
        await desk.DoAsync(registered.Id, "accept", new { note = "当场受理" });
        await desk.DoAsync(registered.Id, "answer", new { outcome = "Explain", basis = "《信访工作条例》第三十二条", opinion = "已当面解释" });

        // Order aside: the host's clock stands still in a test, so the rows share one instant.
        Assert.Equivalent(new[] { "RegisterPetition|petition", "AcceptPetition|petition", "AnswerPetition|petition" }, await Sql.Column(host.Database,
            "SELECT operation || '|' || coalesce(record_type, '') FROM platform.audit_log "
            + "WHERE record_id = $1 AND outcome = 'success' AND operation <> 'read'",
            registered.Id.ToString()), strict: true);
    }
}
