using Governance.Modules.Registry.Contracts.Persons;
using Governance.Modules.Registry.Domain;
using Governance.SharedKernel.Identifiers;

namespace Governance.Modules.Registry.Application.Persons;

internal static class PersonMapping
{
    public const string RecordType = "person";

    public static PersonDto ToDto(this Person p, bool unmasked) => new(
        p.Id,
        unmasked ? p.CitizenId.Value : p.CitizenId.Masked,
        p.Name,
        p.Sex,
        p.BirthDate,
        p.Ethnicity,
        Ethnicities.NameOf(p.Ethnicity),
        p.HouseholdRegion?.Value,
        p.HouseholdAddress,
        p.CurrentRegion.Value,
        p.Grid?.Value,
        p.CurrentAddress,
        p.ScopeCode,
        unmasked ? p.Phone?.Value : p.Phone?.Masked,
        p.PopulationType,
        !unmasked,
        p.RegisteredAt,
        p.UpdatedAt);

    public static PersonSummaryDto ToSummary(this Person p, bool unmasked, DateOnly today) => new(
        p.Id,
        p.Name,
        p.Sex,
        p.CitizenId.AgeOn(today),
        unmasked ? p.CitizenId.Value : p.CitizenId.Masked,
        unmasked ? p.Phone?.Value : p.Phone?.Masked,
        p.ScopeCode,
        p.PopulationType,
        !unmasked);

    /// <summary>The fields whose values differ between two states of a record, by API name.</summary>
    public static IReadOnlyList<string> ChangedFields(PersonDto before, PersonDto after)
    {
        var changed = new List<string>();
        void Compare<T>(string field, T a, T b)
        {
            if (!EqualityComparer<T>.Default.Equals(a, b))
            {
                changed.Add(field);
            }
        }

        Compare("citizenId", before.CitizenId, after.CitizenId);
        Compare("name", before.Name, after.Name);
        Compare("sex", before.Sex, after.Sex);
        Compare("birthDate", before.BirthDate, after.BirthDate);
        Compare("ethnicity", before.Ethnicity, after.Ethnicity);
        Compare("householdRegionCode", before.HouseholdRegionCode, after.HouseholdRegionCode);
        Compare("householdAddress", before.HouseholdAddress, after.HouseholdAddress);
        Compare("currentRegionCode", before.CurrentRegionCode, after.CurrentRegionCode);
        Compare("gridCode", before.GridCode, after.GridCode);
        Compare("currentAddress", before.CurrentAddress, after.CurrentAddress);
        Compare("phone", before.Phone, after.Phone);
        Compare("populationType", before.PopulationType, after.PopulationType);
        return changed;
    }

    /// <summary>Writes the fields shared by registration and update onto the record.</summary>
    public static void Apply(this Person person, IPersonFields fields, DateTimeOffset now)
    {
        var placement = PersonFieldsValidator.PlacementOf(fields);
        person.Name = fields.Name!.Trim();
        person.Ethnicity = Ethnicities.Find(fields.Ethnicity)!;
        person.HouseholdRegion = string.IsNullOrEmpty(fields.HouseholdRegionCode) ? null : RegionCode.Parse(fields.HouseholdRegionCode);
        person.HouseholdAddress = Blank(fields.HouseholdAddress);
        person.CurrentRegion = placement.Region;
        person.Grid = placement.Grid;
        person.CurrentAddress = fields.CurrentAddress!.Trim();
        person.ScopeCode = placement.ScopeCode;
        person.Phone = string.IsNullOrEmpty(fields.Phone) ? null : PhoneNumber.Parse(fields.Phone);
        person.PopulationType = fields.PopulationType!.Value;
        person.UpdatedAt = now;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
