using Governance.SharedKernel.Identifiers;
using Governance.SharedKernel.Identifiers.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Governance.SharedKernel.Tests.Identifiers;

public class IdentifierPersistenceTests
{
    [Fact]
    public void Converter_stores_the_canonical_form_and_reads_it_back()
    {
        var converter = new IdentifierValueConverter<RegionCode>();

        Assert.Equal("330106000000", converter.ConvertToProvider(RegionCode.Parse("330106")));
        Assert.Equal(RegionCode.Parse("330106"), converter.ConvertFromProvider("330106000000"));
    }

    [Fact]
    public void Converter_refuses_a_corrupt_stored_value()
    {
        var converter = new IdentifierValueConverter<CitizenId>();

        Assert.Throws<InvalidIdentifierException>(() => converter.ConvertFromProvider("110105194912310023"));
    }

    [Fact]
    public void Conventions_map_every_identifier_to_a_bounded_string_column()
    {
        using var context = new ResidentContext();
        var entity = context.Model.FindEntityType(typeof(Resident))!;

        var expected = new Dictionary<string, int>
        {
            [nameof(Resident.IdNumber)] = 18,
            [nameof(Resident.Employer)] = 18,
            [nameof(Resident.Region)] = 12,
            [nameof(Resident.Grid)] = 15,
            [nameof(Resident.Phone)] = 20,
        };
        foreach (var (name, maxLength) in expected)
        {
            var property = entity.FindProperty(name)!;
            var converter = property.GetValueConverter();
            Assert.NotNull(converter);
            Assert.Equal(typeof(IdentifierValueConverter<>).MakeGenericType(property.ClrType), converter.GetType());
            Assert.Equal(typeof(string), converter.ProviderClrType);
            Assert.Equal(maxLength, property.GetMaxLength());
            Assert.Equal($"character varying({maxLength})", property.GetColumnType());
        }

        Assert.True(entity.FindProperty(nameof(Resident.Employer))!.IsNullable);
        Assert.False(entity.FindProperty(nameof(Resident.IdNumber))!.IsNullable);
    }

    [Fact]
    public void Longest_fixed_line_fits_its_column()
    {
        Assert.Equal(20, PhoneNumber.Parse("0571-87654321-123456").Value.Length);
    }

    private sealed class Resident
    {
        public Guid Id { get; set; }

        public required CitizenId IdNumber { get; set; }

        public UnifiedSocialCreditCode? Employer { get; set; }

        public required RegionCode Region { get; set; }

        public required GridCode Grid { get; set; }

        public required PhoneNumber Phone { get; set; }
    }

    private sealed class ResidentContext : DbContext
    {
        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
            optionsBuilder.UseNpgsql("Host=unused");

        protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
            configurationBuilder.AddIdentifierConversions();

        protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.Entity<Resident>();
    }
}
