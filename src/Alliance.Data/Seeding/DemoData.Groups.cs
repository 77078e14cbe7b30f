using Alliance.Domain.Members;
using Alliance.Domain.Plans;
using Alliance.Domain.SteeringCommittee;
using Alliance.Domain.WorkingGroups;
using Alliance.Domain.Workplans;

namespace Alliance.Data.Seeding;

// The demo data: the nine working groups and task forces, their leads, co-leads and members.
internal static partial class DemoData
{
    private sealed record Groups(
        WorkingGroup Ame,
        WorkingGroup Cpms,
        WorkingGroup LearningDevelopment,
        WorkingGroup Caafag,
        WorkingGroup CaseManagement,
        WorkingGroup CashTransfers,
        WorkingGroup CommunityLevel,
        WorkingGroup ChildLabour,
        WorkingGroup Uasc)
    {
        public IReadOnlyList<WorkingGroup> All =>
            [Ame, Cpms, LearningDevelopment, Caafag, CaseManagement, CashTransfers, CommunityLevel, ChildLabour, Uasc];
    }

    private static Groups BuildGroups(Members m, IReadOnlyList<GroupKind> kinds, DemoPeople people)
    {
        var workingGroup = kinds.Single(k => k.Code == ReferenceData.WorkingGroupKind);
        var taskForce = kinds.Single(k => k.Code == ReferenceData.TaskForceKind);
        var ame = Group(
            "Assessment, Measurement & Evidence Working Group", "Groupe de travail Évaluation, mesure et preuves",
            "AME", "ame", workingGroup,
            "Strengthens the evidence base of child protection in humanitarian action through assessment tools, research and measurement guidance.",
            "Renforce la base de preuves de la protection de l'enfance dans l'action humanitaire par des outils d'évaluation, la recherche et des orientations sur la mesure.",
            m.Columbia, m.SaveTheChildren);
        var cpms = Group(
            "Child Protection Minimum Standards Working Group", "Groupe de travail sur les Standards minimums pour la protection de l'enfance",
            "CPMS", "cpms", workingGroup,
            "Maintains the Child Protection Minimum Standards in Humanitarian Action and supports their use by practitioners and other sectors.",
            "Tient à jour les Standards minimums pour la protection de l'enfance dans l'action humanitaire et soutient leur utilisation par les praticiens et les autres secteurs.",
            m.Tdh, m.JordanSociety, new Handover(m.Irc, new DateOnly(2016, 9, 1), new DateOnly(2019, 1, 1)));
        var learning = Group(
            "Learning & Development Working Group", "Groupe de travail Apprentissage et développement",
            "L&D", "learning-development", workingGroup,
            "Builds the competencies of the child protection workforce through training packages, learning programmes and peer learning.",
            "Développe les compétences des personnels de protection de l'enfance par des formations, des programmes d'apprentissage et l'apprentissage entre pairs.",
            m.Plan, m.Nepal);
        var caafag = Group(
            "Children Associated with Armed Forces and Armed Groups Task Force", "Groupe thématique Enfants associés aux forces armées et aux groupes armés",
            "CAAFAG", "caafag", taskForce,
            "Improves the prevention of recruitment and the release and reintegration of children associated with armed forces and armed groups.",
            "Améliore la prévention du recrutement ainsi que la libération et la réintégration des enfants associés aux forces armées et aux groupes armés.",
            m.WarChild, m.CarAssociation);
        var caseManagement = Group(
            "Case Management Task Force", "Groupe thématique Gestion des cas",
            "Case Management", "case-management", taskForce,
            "Promotes quality child protection case management through inter-agency guidance, training and supervision tools.",
            "Promeut une gestion des cas de qualité en protection de l'enfance par des orientations interagences, des formations et des outils de supervision.",
            m.Irc, m.Iss);
        var cash = Group(
            "Cash Transfers and Child Protection Task Force", "Groupe thématique Transferts monétaires et protection de l'enfance",
            "Cash & CP", "cash-transfers", taskForce,
            "Helps cash and child protection actors design transfers that reduce risks to children and improve their protection outcomes.",
            "Aide les acteurs des transferts monétaires et de la protection de l'enfance à concevoir des transferts qui réduisent les risques pour les enfants et améliorent leur protection.",
            m.MercyCorps, m.Crs);
        var community = Group(
            "Community-level Child Protection Task Force", "Groupe thématique Protection de l'enfance au niveau communautaire",
            "Community-level", "community-level", taskForce,
            "Supports community-led approaches that protect children, building on the strengths of families and communities.",
            "Soutient les approches menées par les communautés pour protéger les enfants, en s'appuyant sur les forces des familles et des communautés.",
            m.WorldVision, m.Turkana, new Handover(m.SaveTheChildren, CoLeadsSince, new DateOnly(2019, 7, 1)));
        var childLabour = Group(
            "Child Labour Task Force", "Groupe thématique Travail des enfants",
            "Child Labour", "child-labour", taskForce,
            "Strengthens the prevention of and response to child labour, especially its worst forms, in humanitarian settings.",
            "Renforce la prévention du travail des enfants, en particulier de ses pires formes, et la réponse à celui-ci dans les contextes humanitaires.",
            m.Ilo, m.Plan);
        var uasc = Group(
            "Unaccompanied and Separated Children Task Force", "Groupe thématique Enfants non accompagnés et séparés",
            "UASC", "unaccompanied-separated", taskForce,
            "Improves the prevention of family separation, family tracing and reunification, and alternative care for unaccompanied and separated children.",
            "Améliore la prévention de la séparation familiale, la recherche et la réunification familiales et la prise en charge alternative des enfants non accompagnés et séparés.",
            m.Unhcr, m.Unicef);

        cpms.AddLead(people.LeadUserId);
        childLabour.AddLead(people.Lead2UserId);

        var groups = new Groups(ame, cpms, learning, caafag, caseManagement, cash, community, childLabour, uasc);
        AddMembers(groups.All, m.All);
        return groups;
    }

    /// <summary>Each group gets five to nine participating organisations, picked by a fixed stride through the register.</summary>
    private static void AddMembers(IReadOnlyList<WorkingGroup> groups, IReadOnlyList<Organisation> register)
    {
        var current = register.Where(o => o.LeftOn is null).ToList();
        for (var g = 0; g < groups.Count; g++)
        {
            var count = 5 + g % 5;
            for (var i = 0; i < count; i++)
            {
                var organisation = current[(g * 7 + i * 11) % current.Count];
                if (!groups[g].CoLeads.Any(c => c.Organisation == organisation))
                {
                    groups[g].AddMember(organisation);
                }
            }
        }
    }

    private static WorkingGroup Group(string nameEn, string nameFr, string shortName, string slug, GroupKind kind,
        string missionEn, string missionFr, Organisation coLead1, Organisation coLead2, Handover? beforeCoLead2 = null)
    {
        var group = new WorkingGroup(new LocalizedText(nameEn, nameFr), shortName, slug, kind, new LocalizedText(missionEn, missionFr));
        group.AddCoLead(coLead1, CoLeadsSince);
        if (beforeCoLead2 is { } handover)
        {
            group.AddCoLead(handover.Former, handover.Since);
            group.EndCoLead(handover.Former, handover.On);
        }
        group.AddCoLead(coLead2, beforeCoLead2?.On ?? CoLeadsSince);
        return group;
    }

    /// <summary>Co-leads rotate: <paramref name="Former"/> co-led from <paramref name="Since"/> and handed over <paramref name="On"/>.</summary>
    private sealed record Handover(Organisation Former, DateOnly Since, DateOnly On);

    /// <summary>The day the groups' first co-leads of the demo took up their terms.</summary>
    private static readonly DateOnly CoLeadsSince = new(2017, 1, 1);
}
