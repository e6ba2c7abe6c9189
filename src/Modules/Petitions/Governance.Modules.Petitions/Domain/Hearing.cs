namespace Governance.Modules.Petitions.Domain;

/// <summary>A hearing (听证) held during 复核: its days do not count towards the re-review deadline (《信访工作条例》第三十六条).</summary>
internal sealed class Hearing
{
    public Guid Id { get; set; }

    public Guid PetitionId { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    public string? Note { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>Calendar days the hearing took, both ends included.</summary>
    public int Days => EndDate.DayNumber - StartDate.DayNumber + 1;
}
