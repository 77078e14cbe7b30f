using Alliance.Domain.Members;
using Alliance.Domain.Plans;
using Alliance.Domain.SteeringCommittee;
using Alliance.Domain.WorkingGroups;
using Alliance.Domain.Workplans;

namespace Alliance.Data.Seeding;

// The demo data: the objectives' indicators and their recorded values.
internal static partial class DemoData
{
    private static void AddIndicators(StrategicPlan plan)
    {
        Objective Find(string code) => plan.Objectives.SingleOrDefault(o => o.Code == code)
            ?? throw new InvalidOperationException($"The plan has no objective {code}.");

        var planStart = D(2018, 1, 1);
        var planEnd = D(2020, 12, 31);
        foreach (var objective in plan.Objectives)
        {
            objective.AddComputedIndicator(
                new LocalizedText("Share of this objective's workplan activities completed", "Part des activités des plans de travail achevées pour cet objectif"),
                ComputedMetric.ObjectiveActivitiesCompletedPercent, 0, planStart, 100, planEnd);
        }

        var a = Find("A").AddRecordedIndicator(
            new LocalizedText("Humanitarian sectors with a joint mechanism for integrated programming with child protection",
                "Secteurs humanitaires dotés d'un mécanisme conjoint de programmation intégrée avec la protection de l'enfance"),
            IndicatorUnit.Count, 1, planStart, 5, planEnd);
        a.RecordValue(D(2018, 12, 31), 2, "Education joined health in a joint mechanism.", null, RecordedBy, ValuesRecordedOn);
        a.RecordValue(D(2019, 12, 31), 3, "Joint referral guidance agreed with GBV and health actors.", null, RecordedBy, ValuesRecordedOn);
        a.RecordValue(D(2020, 12, 31), 4, "Livelihoods and food security added through the reintegration and child labour work.", null, RecordedBy, ValuesRecordedOn);

        var b = Find("B").AddRecordedIndicator(
            new LocalizedText("Share of new Alliance technical resources based on a documented evidence review",
                "Part des nouvelles ressources techniques de l'Alliance fondées sur une revue documentée des preuves"),
            IndicatorUnit.Percent, 40, planStart, 90, planEnd);
        b.RecordValue(D(2018, 12, 31), 55, "6 of 11 resources published in 2018.", null, RecordedBy, ValuesRecordedOn);
        b.RecordValue(D(2019, 12, 31), 72, "13 of 18 resources published in 2019, including the CPMS 2019 edition.", null, RecordedBy, ValuesRecordedOn);
        b.RecordValue(D(2020, 12, 31), 85, "17 of 20 resources published in 2020.", null, RecordedBy, ValuesRecordedOn);

        var c = Find("C");
        var participation = c.AddRecordedIndicator(
            new LocalizedText("Share of participants in Alliance trainings and global or regional gatherings from local or national organisations",
                "Part des participants aux formations et rassemblements globaux ou régionaux de l'Alliance issus d'organisations locales ou nationales"),
            IndicatorUnit.Percent, 25, planStart, 50, planEnd);
        participation.RecordValue(D(2018, 12, 31), 31, "Annual meeting and two regional trainings.", null, RecordedBy, ValuesRecordedOn);
        participation.RecordValue(D(2019, 12, 31), 42, "Includes the Dakar learning event and the CAAFAG technical meeting.", null, RecordedBy, ValuesRecordedOn);
        participation.RecordValue(D(2020, 12, 31), 48, "Mostly online events; interpretation offered in French and Arabic.", null, RecordedBy, ValuesRecordedOn);
        c.AddComputedIndicator(
            new LocalizedText("Steering committee seats held by local, national or regional organisations",
                "Sièges du Comité directeur occupés par des organisations locales, nationales ou régionales"),
            ComputedMetric.SeatsHeldByLocalNationalOrRegional, 0, planStart, 4, planEnd);
        c.AddComputedIndicator(
            new LocalizedText("Share of new members since November 2016 that are local or national actors",
                "Part des nouveaux membres depuis novembre 2016 qui sont des acteurs locaux ou nationaux"),
            ComputedMetric.NewMembersLocalOrNationalPercent, 0, planStart, 60, planEnd);
        c.AddComputedIndicator(
            new LocalizedText("Share of working groups and task forces co-led by a local or national organisation",
                "Part des groupes de travail et groupes thématiques codirigés par une organisation locale ou nationale"),
            ComputedMetric.GroupsCoLedByLocalOrNationalPercent, 0, planStart, 50, planEnd);

        var prevention = Find("PREV").AddRecordedIndicator(
            new LocalizedText("Alliance products with a dedicated prevention component",
                "Produits de l'Alliance comportant un volet consacré à la prévention"),
            IndicatorUnit.Count, 2, planStart, 8, planEnd);
        prevention.RecordValue(D(2018, 12, 31), 3, null, null, RecordedBy, ValuesRecordedOn);
        prevention.RecordValue(D(2019, 12, 31), 5, "Includes the community-level review and the recruitment prevention messages.", null, RecordedBy, ValuesRecordedOn);
        prevention.RecordValue(D(2020, 12, 31), 7, "Community-led prevention guidance published; CPMS prevention guidance delayed to 2021.", null, RecordedBy, ValuesRecordedOn);

        var workforce = Find("CAPACITY").AddRecordedIndicator(
            new LocalizedText("Child protection practitioners trained through Alliance learning programmes",
                "Praticiens de la protection de l'enfance formés par les programmes d'apprentissage de l'Alliance"),
            IndicatorUnit.Count, 0, planStart, 1500, planEnd);
        workforce.RecordValue(D(2018, 12, 31), 420, "Face-to-face trainings only.", null, RecordedBy, ValuesRecordedOn);
        workforce.RecordValue(D(2019, 12, 31), 910, null, null, RecordedBy, ValuesRecordedOn);
        workforce.RecordValue(D(2020, 12, 31), 1640, "Online courses more than made up for cancelled face-to-face trainings.", null, RecordedBy, ValuesRecordedOn);
    }
}
