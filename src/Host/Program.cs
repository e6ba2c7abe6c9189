using Governance.Host;
using Governance.Host.Database;
using Governance.Host.Demo;
using Governance.Host.Modules;
using Governance.Platform.Abstractions;

var migrateOnly = args.Contains("--migrate-only");
var demo = DemoArguments.Parse(args.Where(a => a != "--migrate-only").ToArray(), out var hostArgs, out var demoError);
if (demoError is not null)
{
    Console.Error.WriteLine($"Governance: {demoError}");
    return 2;
}

try
{
    await using var application = await GovernanceApplication.CreateAsync(hostArgs);
    if (demo is not null)
    {
        return await DemoCommand.RunAsync(application, demo);
    }

    if (migrateOnly)
    {
        await application.MigrateAsync();
        Console.WriteLine("Governance: every enabled module is migrated (--migrate-only); exiting.");
        return 0;
    }

    await application.StartAsync();
    StartupBanner.Print(application);
    await application.App.WaitForShutdownAsync();
    return 0;
}
catch (Exception ex) when (ex is ModuleStartupException or EmbeddedPostgresException)
{
    Console.Error.WriteLine($"Governance cannot start. {ex.Message}");
    return 1;
}
