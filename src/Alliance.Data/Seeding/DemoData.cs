using Alliance.Domain.Members;
using Alliance.Domain.Plans;
using Alliance.Domain.SteeringCommittee;
using Alliance.Domain.WorkingGroups;
using Alliance.Domain.Workplans;

namespace Alliance.Data.Seeding;

/// <summary>
/// A believable Alliance to demonstrate the portal with: members, the 9 groups and their
/// 2018–2020 workplans with progress histories, the steering committee and indicator values.
/// Deterministic (every date is fixed) so that a demo database looks the same every time.
/// Local and national organisations are fictional; international ones are well-known agencies.
/// </summary>
internal static partial class DemoData
{
    /// <summary>The portal users the demo data names as authors: two group leads and a secretariat officer.</summary>
    public sealed record DemoPeople(
        string LeadUserId,
        string LeadName,
        string Lead2UserId,
        string Lead2Name,
        string SecretariatUserId,
        string SecretariatName);

    public sealed record DemoWorld(
        IReadOnlyList<Organisation> Organisations,
        IReadOnlyList<WorkingGroup> Groups,
        IReadOnlyList<Workplan> Workplans,
        IReadOnlyList<SteeringCommitteeSeat> Seats);

    private const string RecordedBy = "Secretariat";

    /// <summary>The day the secretariat recorded the plan's last indicator values.</summary>
    private static readonly DateOnly ValuesRecordedOn = new(2021, 1, 31);

    public static DemoWorld Build(StrategicPlan plan, IReadOnlyList<CategoryOfWork> categories, IReadOnlyList<GroupKind> kinds, DemoPeople people)
    {
        var members = new Members();
        var groups = BuildGroups(members, kinds, people);
        var workplans = BuildWorkplans(plan, categories, groups, people);
        var seats = BuildSeats(members);
        AddIndicators(plan);
        return new DemoWorld(members.All, groups.All, workplans, seats);
    }

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static DateTime At(int year, int month, int day, int hour = 10) => new(year, month, day, hour, 0, 0, DateTimeKind.Utc);
}
