using Alliance.Domain.Members;
using Alliance.Domain.Plans;
using Alliance.Domain.WorkingGroups;
using Alliance.Domain.Workplans;

namespace Alliance.Data.Seeding;

// The demo data's plan cycle: what became of the 2018–2020 activities not completed when the 2021–2025 strategy was put in
// force, and the strategy's first years (an initiative, new work and the progress of the work carried over).
public static class DemoCycle
{
    /// <summary>The day the demo puts the 2021–2025 strategy in force, which closes 2018–2020: the strategy's endorsement.</summary>
    public static readonly DateOnly PutInForceOn = new(2021, 7, 1);

    /// <summary>The code of the initiatives' kind of group (reference data).</summary>
    public const string InitiativeKind = ReferenceData.InitiativeKind;

    /// <summary>The 2021–2025 strategic priority each 2018–2020 element's unfinished work continues under.</summary>
    private static readonly Dictionary<string, string> s_continuesUnder = new()
    {
        ["A"] = "4", // integrated programming → the humanitarian–development–peace nexus
        ["B"] = "1", // evidence → accountability to children
        ["C"] = "2", // localisation → localisation
        ["PREV"] = "3",
        ["CAPACITY"] = "2",
    };

    /// <summary>
    /// What the demo decides for one 2018–2020 activity not completed: work under way continues under the 2021–2025 priority
    /// its element leads to; work off track is closed where it stood; work never started and due before the strategy is dropped.
    /// </summary>
    public static (ActivityDisposition Disposition, string? ElementCode, string Reason) DecisionFor(Activity activity, string objectiveCode) =>
        activity.Status switch
        {
            ActivityStatus.OffTrack => (ActivityDisposition.Closed, null,
                "Off track when the plan ended: closed where it stood; the group proposes new work under the 2021–2025 strategy."),
            ActivityStatus.NotStarted when activity.DueDate < PutInForceOn => (ActivityDisposition.Dropped, null,
                "Never started, and no longer a priority under the 2021–2025 strategy."),
            _ => (ActivityDisposition.CarriedOver, s_continuesUnder.GetValueOrDefault(objectiveCode, "G"),
                "Under way when the plan ended: it continues under the 2021–2025 strategy."),
        };

    /// <summary>
    /// The strategy's first years: the children's participation initiative with its own workplan, and progress on the work carried
    /// over (recorded by each group's first lead, or the secretariat).
    /// </summary>
    public static (WorkingGroup Initiative, Workplan Workplan) Continue2021To2025(StrategicPlan plan, IReadOnlyList<Workplan> workplans, GroupKind initiative,
        Organisation localCoLead, Organisation globalCoLead, string authorUserId, string authorName)
    {
        var participation = new WorkingGroup(
            new LocalizedText("Children's Participation Initiative", "Initiative pour la participation des enfants"),
            "Participation", "childrens-participation", initiative,
            new LocalizedText("Makes children's meaningful participation the way the Alliance's work is designed, delivered and judged.",
                "Fait de la participation réelle des enfants la manière dont le travail de l'Alliance est conçu, mené et évalué."));
        participation.AddCoLead(localCoLead, PutInForceOn);
        participation.AddCoLead(globalCoLead, PutInForceOn);
        var workplan = new Workplan(participation, plan);
        var priority1 = plan.Objectives.Single(o => o.Code == "1");
        var category = plan.Categories.OrderBy(c => c.SortOrder).First();
        var toolkit = workplan.AddActivity(new ActivityDetails("Co-design a child participation toolkit with children's groups",
            "Children's groups in four countries shape the toolkit's methods and test them.", priority1, category,
            new DateOnly(2021, 9, 1), new DateOnly(2023, 6, 30), "Child participation toolkit"));
        Report(toolkit, new DateTime(2022, 3, 15, 10, 0, 0, DateTimeKind.Utc), ActivityStatus.OnTrack, 30, "Consultations held with children's groups in Jordan and South Sudan.");
        Report(toolkit, new DateTime(2023, 6, 20, 10, 0, 0, DateTimeKind.Utc), ActivityStatus.Completed, 100, "Toolkit published in English, French and Arabic.");
        var feedback = workplan.AddActivity(new ActivityDetails("Set up feedback channels for children in Alliance events",
            null, priority1, category, new DateOnly(2022, 1, 1), new DateOnly(2024, 12, 31), "Feedback guidance"));
        Report(feedback, new DateTime(2023, 2, 1, 10, 0, 0, DateTimeKind.Utc), ActivityStatus.AtRisk, 20, "Pilot delayed: safeguarding review of the channels still open.");

        // The work carried over from 2018–2020 moves on in the strategy's first years.
        var carried = workplans.Append(workplan).SelectMany(w => w.Activities).Where(a => a.CarriedFromId is not null || a.CarriedFrom is not null).OrderBy(a => a.Title, StringComparer.Ordinal).ToList();
        for (var i = 0; i < carried.Count; i++)
        {
            var at = new DateTime(2022, 1 + i % 12, 10, 9, 0, 0, DateTimeKind.Utc);
            if (i % 3 == 0)
            {
                Report(carried[i], at, ActivityStatus.OnTrack, 60, "Picked up under the new strategy; next steps agreed with the co-leads.");
                Report(carried[i], at.AddYears(1), ActivityStatus.Completed, 100, "Completed under the 2021–2025 strategy.");
            }
            else if (i % 3 == 1)
            {
                Report(carried[i], at, ActivityStatus.OnTrack, 45, "Picked up under the new strategy.");
            }
        }
        return (participation, workplan);

        void Report(Activity activity, DateTime at, ActivityStatus status, int percent, string narrative) =>
            activity.RecordProgress(new ProgressReport(status, percent, narrative, null, false), authorUserId, authorName, at);
    }
}
