using Alliance.Domain.Members;
using Alliance.Domain.Plans;
using Alliance.Domain.SteeringCommittee;
using Alliance.Domain.WorkingGroups;
using Alliance.Domain.Workplans;

namespace Alliance.Tests.Domain;

/// <summary>Valid domain objects from the 2018–2020 plan, so that each test changes only what it is about.</summary>
internal static class DomainBuilders
{
    public static readonly DateTime RecordedAt = new(2019, 6, 3, 9, 30, 0, DateTimeKind.Utc);
    public static readonly DateOnly Start = new(2018, 3, 1);
    public static readonly DateOnly Due = new(2019, 12, 31);

    public static StrategicPlan NewPlan() =>
        new("Strategic plan 2018–2020", "Plan stratégique 2018–2020", 2018, 2020, new DateOnly(2018, 3, 9));

    /// <summary>The plan's "strategic objective" kind, added the first time it is asked for.</summary>
    public static PlanElementKind ObjectiveKind(StrategicPlan plan) =>
        plan.ElementKinds.SingleOrDefault(k => k.Code == "objective")
        ?? plan.AddElementKind("objective", new LocalizedText("Strategic objective", "Objectif stratégique"),
            new LocalizedText("Strategic objectives", "Objectifs stratégiques"), labelledByCode: true);

    /// <summary>The plan's cross-cutting "secondary priority" kind, added the first time it is asked for.</summary>
    public static PlanElementKind SecondaryKind(StrategicPlan plan) =>
        plan.ElementKinds.SingleOrDefault(k => k.Code == "secondary-priority")
        ?? plan.AddElementKind("secondary-priority", new LocalizedText("Secondary priority", "Priorité secondaire"),
            new LocalizedText("Secondary priorities", "Priorités secondaires"), isCrossCutting: true);

    public static Objective AddObjective(StrategicPlan plan, string code = "A") =>
        plan.AddObjective(code, ObjectiveKind(plan),
            new LocalizedText("Integrated programming", "Programmation intégrée"),
            new LocalizedText("Sectors have mechanisms that favour integrated programming.",
                "Les secteurs disposent de mécanismes favorisant la programmation intégrée."));

    /// <summary>The plan's "standards" category of work, added the first time it is asked for.</summary>
    public static CategoryOfWork Category(StrategicPlan plan) =>
        plan.Categories.SingleOrDefault(c => c.Code == "standards")
        ?? plan.AddCategory("standards", new LocalizedText("Standard setting and guidance development", "Élaboration de normes et d'orientations"));

    public static GroupKind WorkingGroupKind => new("working-group", new LocalizedText("Working group", "Groupe de travail"), 1);
    public static GroupKind TaskForceKind => new("task-force", new LocalizedText("Task force", "Groupe thématique"), 2);

    public static WorkingGroup NewGroup(string slug = "cpms", GroupKind? kind = null) =>
        new(new LocalizedText("CPMS Working Group", "Groupe de travail SMPE"), "CPMS WG", slug, kind ?? WorkingGroupKind,
            new LocalizedText("Promote the Minimum Standards.", "Promouvoir les standards minimums."));

    /// <summary>A workplan whose plan has objective A.</summary>
    public static Workplan NewWorkplan()
    {
        var plan = NewPlan();
        AddObjective(plan);
        return new Workplan(NewGroup(), plan);
    }

    public static ActivityDetails Details(Workplan workplan, string title = "Revise the CPMS") =>
        new(title, "Second edition of the standards.", workplan.Plan.Objectives[0], Category(workplan.Plan), Start, Due, "CPMS 2019 edition");

    public static Activity NewActivity(string title = "Revise the CPMS")
    {
        var workplan = NewWorkplan();
        return workplan.AddActivity(Details(workplan, title));
    }

    public static ProgressReport Report(ActivityStatus status, int percent, bool decreaseExplained = false) =>
        new(status, percent, "Consultations held in three regions.", null, decreaseExplained);

    public static ProgressUpdate Record(Activity activity, ProgressReport report) =>
        activity.RecordProgress(report, "user-1", "Amina Diallo", RecordedAt);

    public static Organisation NewOrganisation(
        string name = "Kenya Alliance for Children",
        OrganisationScope scope = OrganisationScope.National,
        DateOnly? joinedOn = null) =>
        new(name, null, OrganisationType.NationalNgo, scope, "KE", joinedOn ?? new DateOnly(2017, 2, 1));

    public static Committee NewCommittee() =>
        new(Enumerable.Range(1, SteeringCommitteeSeat.SeatCount).Select(n => new SteeringCommitteeSeat(n)).ToList());

    public static SteeringCommitteeSeat Seat(this Committee committee, int number) =>
        committee.Seats.Single(s => s.Number == number);
}
