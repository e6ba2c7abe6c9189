namespace Governance.Host;

/// <summary>Tells county IT, once started, where the service is and what it runs.</summary>
internal static class StartupBanner
{
    public static void Print(GovernanceApplication application)
    {
        var address = application.Addresses.FirstOrDefault() ?? "(no address)";
        Console.WriteLine($"Governance {Modules.HostVersion.Current} is listening on {string.Join(", ", application.Addresses)}");
        Console.WriteLine($"  API documents: {address.TrimEnd('/')}/swagger");
        Console.WriteLine($"  Health:        {address.TrimEnd('/')}/health/ready");
        var modules = application.Runtime.Modules;
        Console.WriteLine(modules.Count == 0
            ? $"  Modules:       none installed in {application.Runtime.Catalog.Root}"
            : $"  Modules:       {string.Join(", ", modules.Select(m => $"{m.Id} {m.Manifest.DisplayName} {m.Manifest.Version}"))}");
        foreach (var disabled in application.Runtime.Catalog.Plugins.Where(p => modules.All(m => m.Id != p.Id)))
        {
            Console.WriteLine($"  Not enabled:   {disabled.Id} {disabled.Manifest.DisplayName}");
        }
    }
}
