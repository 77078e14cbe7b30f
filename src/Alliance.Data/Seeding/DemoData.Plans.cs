using Alliance.Domain.Plans;

namespace Alliance.Data.Seeding;

// The demo data: the 2021–2025 strategy as a draft the secretariat is building.
internal static partial class DemoData
{
    /// <summary>
    /// The 2021–2025 strategy's overarching goal and its four strategic priorities, as a draft (it is
    /// put in force, and 2018–2020 closed, in a later part of issue 10). Endorsed by the steering
    /// committee in July 2021; the day is not published, so the first of the month stands for it.
    /// </summary>
    public static StrategicPlan Draft2021To2025()
    {
        var plan = new StrategicPlan("The Centrality of Children and their Protection within Humanitarian Action: 2021–2025 Strategy",
            "La centralité des enfants et de leur protection dans l'action humanitaire : stratégie 2021-2025", 2021, 2025, new DateOnly(2021, 7, 1));
        var goal = plan.AddElementKind("goal", new("Overarching goal", "But général"), new("Overarching goal", "But général"));
        var priority = plan.AddElementKind("priority", new("Strategic priority", "Priorité stratégique"),
            new("Strategic priorities", "Priorités stratégiques"), labelledByCode: true);
        plan.AddElementKind("objective", new("Objective", "Objectif"), new("Objectives", "Objectifs"), labelledByCode: true);

        var top = plan.AddObjective("G", goal,
            new("The centrality of children and their protection", "La centralité des enfants et de leur protection"),
            new("The centrality of children and their protection is recognised and prioritised as essential and life-saving across the humanitarian system.",
                "La centralité des enfants et de leur protection est reconnue et traitée en priorité comme essentielle et vitale dans l'ensemble du système humanitaire."));
        plan.AddObjective("1", priority,
            new("Accountability to children", "Redevabilité envers les enfants"),
            new("Accountability to children, including ensuring their meaningful participation.",
                "La redevabilité envers les enfants, y compris la garantie de leur participation réelle."), top);
        var localisation = plan.AddObjective("2", priority,
            new("Localisation", "Localisation"),
            new("Localisation: transforming how child protection works in humanitarian action.",
                "La localisation : transformer la façon dont la protection de l'enfance fonctionne dans l'action humanitaire."), top);
        plan.AddObjective("3", priority,
            new("Prevention", "Prévention"),
            new("Prevention: child protection in humanitarian action moves towards preventing harm to children.",
                "La prévention : la protection de l'enfance dans l'action humanitaire s'oriente vers la prévention des atteintes aux enfants."), top);
        plan.AddObjective("4", priority,
            new("Humanitarian–development–peace nexus", "Nexus humanitaire-développement-paix"),
            new("Child protection links humanitarian, development and peace work.",
                "La protection de l'enfance relie l'action humanitaire, le développement et la paix."), top);
        foreach (var (code, name) in ReferenceData.Categories2018To2020)
        {
            plan.AddCategory(code, name);
        }
        // Each priority's share of its activities completed, and the co-led share of groups, computed by the portal.
        var start = new DateOnly(2021, 7, 1);
        var end = new DateOnly(2025, 12, 31);
        foreach (var element in plan.Objectives.Where(o => o.Kind == priority))
        {
            element.AddComputedIndicator(
                new("Share of this priority's workplan activities completed", "Part des activités des plans de travail achevées pour cette priorité"),
                ComputedMetric.ObjectiveActivitiesCompletedPercent, 0, start, 100, end);
        }
        localisation.AddComputedIndicator(
            new("Share of working groups, task forces and initiatives co-led by a local or national organisation",
                "Part des groupes de travail, groupes thématiques et initiatives codirigés par une organisation locale ou nationale"),
            ComputedMetric.GroupsCoLedByLocalOrNationalPercent, 0, start, 50, end);
        // Illustrative commitments, each assessed by one of the rules the portal computes (decision 0017).
        var deadline = new DateOnly(2025, 12, 31);
        plan.AddCommitment("L-COLEADS", CommitmentRule.GroupsCoLedLocalShare,
            new("By 2025, at least half of the Alliance's working groups, task forces and initiatives are co-led by a local or national organisation.",
                "D'ici à 2025, au moins la moitié des groupes de travail, groupes thématiques et initiatives de l'Alliance sont codirigés par une organisation locale ou nationale."),
            deadline, sharePercent: 50);
        plan.AddCommitment("L-WORK", CommitmentRule.ElementActivitiesCompleted,
            new("By 2025, at least 80% of the activities under localisation are completed.",
                "D'ici à 2025, au moins 80\u00A0% des activités relevant de la localisation sont achevées."),
            deadline, sharePercent: 80, element: localisation);
        return plan;
    }
}
