namespace Governance.Modules.Petitions;

/// <summary>Settings under <c>Modules:Petitions</c>.</summary>
internal sealed class PetitionsOptions
{
    /// <summary>The deadline profile: empty = the national rules of 《信访工作条例》, <c>33</c> = 《浙江省信访条例》.</summary>
    public string Province { get; set; } = "";

    public PublicLookupOptions PublicLookup { get; set; } = new();

    /// <summary>How often open petitions near or past their current deadline are put under 督办 automatically; zero = never.</summary>
    public TimeSpan OverdueCheckInterval { get; set; } = TimeSpan.FromMinutes(15);

    public string? DeadlineProvince => string.IsNullOrWhiteSpace(Province) ? null : Province.Trim();
}

/// <summary>Settings under <c>Modules:Petitions:PublicLookup</c>: the petitioners' anonymous progress lookup.</summary>
internal sealed class PublicLookupOptions
{
    /// <summary>Requests per minute and client address to the public endpoints.</summary>
    public int PermitsPerMinute { get; set; } = 10;
}
