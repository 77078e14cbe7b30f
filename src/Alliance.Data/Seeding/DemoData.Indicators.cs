using Alliance.Domain.Members;
using Alliance.Domain.Plans;
using Alliance.Domain.SteeringCommittee;
using Alliance.Domain.WorkingGroups;
using Alliance.Domain.Workplans;

namespace Alliance.Data.Seeding;

// The demo data: the objectives' indicators, how each is measured, their milestones and their recorded values.
internal static partial class DemoData
{
    private static void AddIndicators(StrategicPlan plan)
    {
        Objective Find(string code) => plan.Objectives.SingleOrDefault(o => o.Code == code)
            ?? throw new InvalidOperationException($"The plan has no objective {code}.");

        var planStart = D(2018, 1, 1);
        var planEnd = D(2020, 12, 31);
        var fromWorkplans = new IndicatorDefinition(
            new LocalizedText("Completed activities as a share of the element's live, not cancelled workplan activities.",
                "Activités achevées rapportées aux activités en cours, non annulées, des plans de travail de l'élément."),
            new LocalizedText("Working groups' progress updates in the portal", "Mises à jour des groupes de travail dans le portail"),
            new LocalizedText("Working-group leads", "Responsables des groupes de travail"),
            ReportingFrequency.Quarterly);
        foreach (var objective in plan.Objectives)
        {
            objective.AddComputedIndicator(
                new LocalizedText("Share of this objective's workplan activities completed", "Part des activités des plans de travail achevées pour cet objectif"),
                ComputedMetric.ObjectiveActivitiesCompletedPercent, 0, planStart, 100, planEnd).Describe(fromWorkplans);
        }
        var yearly = ReportingFrequency.Yearly;
        var secretariat = new LocalizedText("Alliance secretariat", "Secrétariat de l'Alliance");

        var a = Find("A").AddRecordedIndicator(
            new LocalizedText("Humanitarian sectors with a joint mechanism for integrated programming with child protection",
                "Secteurs humanitaires dotés d'un mécanisme conjoint de programmation intégrée avec la protection de l'enfance"),
            IndicatorUnit.Count, 1, planStart, 5, planEnd);
        a.Describe(new IndicatorDefinition(
            new LocalizedText("Sectors (education, health, nutrition, WASH, GBV, livelihoods…) with an agreed joint mechanism, counted at the end of each year.",
                "Secteurs (éducation, santé, nutrition, EHA, VBG, moyens d'existence…) dotés d'un mécanisme conjoint convenu, comptés à la fin de chaque année."),
            new LocalizedText("Agreements and terms of reference shared with the secretariat", "Accords et termes de référence transmis au secrétariat"),
            secretariat, yearly));
        a.SetMilestones([new Milestone(D(2018, 12, 31), 2), new Milestone(D(2019, 12, 31), 3)]);
        a.RecordValue(D(2018, 12, 31), 2, "Education joined health in a joint mechanism.", null, RecordedBy, ValuesRecordedOn);
        a.RecordValue(D(2019, 12, 31), 3, "Joint referral guidance agreed with GBV and health actors.", null, RecordedBy, ValuesRecordedOn);
        a.RecordValue(D(2020, 12, 31), 4, "Livelihoods and food security added through the reintegration and child labour work.", null, RecordedBy, ValuesRecordedOn);

        var b = Find("B").AddRecordedIndicator(
            new LocalizedText("Share of new Alliance technical resources based on a documented evidence review",
                "Part des nouvelles ressources techniques de l'Alliance fondées sur une revue documentée des preuves"),
            IndicatorUnit.Percent, 40, planStart, 90, planEnd);
        b.Describe(new IndicatorDefinition(
            new LocalizedText("Resources published in the year whose development included a documented evidence review, over all resources published.",
                "Ressources publiées dans l'année dont l'élaboration comprenait une revue documentée des preuves, rapportées à toutes les ressources publiées."),
            new LocalizedText("The Alliance's publication log", "Registre des publications de l'Alliance"),
            new LocalizedText("Assessment, Measurement & Evidence Working Group", "Groupe de travail Évaluation, mesure et preuves"),
            yearly));
        b.SetMilestones([new Milestone(D(2018, 12, 31), 55), new Milestone(D(2019, 12, 31), 70)]);
        b.RecordValue(D(2018, 12, 31), 55, "6 of 11 resources published in 2018.", null, RecordedBy, ValuesRecordedOn);
        b.RecordValue(D(2019, 12, 31), 72, "13 of 18 resources published in 2019, including the CPMS 2019 edition.", null, RecordedBy, ValuesRecordedOn);
        b.RecordValue(D(2020, 12, 31), 85, "17 of 20 resources published in 2020.", null, RecordedBy, ValuesRecordedOn);

        var c = Find("C");
        var participation = c.AddRecordedIndicator(
            new LocalizedText("Share of participants in Alliance trainings and global or regional gatherings from local or national organisations",
                "Part des participants aux formations et rassemblements globaux ou régionaux de l'Alliance issus d'organisations locales ou nationales"),
            IndicatorUnit.Percent, 25, planStart, 50, planEnd);
        participation.Describe(new IndicatorDefinition(
            new LocalizedText("Participants from local or national organisations over all participants, from the registration lists.",
                "Participants d'organisations locales ou nationales rapportés à tous les participants, d'après les listes d'inscription."),
            new LocalizedText("Registration lists of trainings and gatherings", "Listes d'inscription des formations et rassemblements"),
            secretariat, yearly));
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
        prevention.Describe(new IndicatorDefinition(null, null, secretariat, yearly));
        prevention.RecordValue(D(2018, 12, 31), 3, null, null, RecordedBy, ValuesRecordedOn);
        prevention.RecordValue(D(2019, 12, 31), 5, "Includes the community-level review and the recruitment prevention messages.", null, RecordedBy, ValuesRecordedOn);
        prevention.RecordValue(D(2020, 12, 31), 7, "Community-led prevention guidance published; CPMS prevention guidance delayed to 2021.", null, RecordedBy, ValuesRecordedOn);

        // Adopted with a target of 1,000, raised at the mid-term review: the portal keeps both.
        var workforce = Find("CAPACITY").AddRecordedIndicator(
            new LocalizedText("Child protection practitioners trained through Alliance learning programmes",
                "Praticiens de la protection de l'enfance formés par les programmes d'apprentissage de l'Alliance"),
            IndicatorUnit.Count, 0, planStart, 1000, planEnd);
        workforce.Describe(new IndicatorDefinition(
            new LocalizedText("Practitioners who completed an Alliance course, face-to-face or online; each counted once a year.",
                "Praticiens ayant suivi jusqu'au bout un cours de l'Alliance, en présentiel ou en ligne ; chacun compté une fois par an."),
            new LocalizedText("Course completion records", "Relevés d'achèvement des cours"),
            new LocalizedText("Learning & Development Working Group", "Groupe de travail Apprentissage et développement"),
            yearly));
        workforce.Redefine(workforce.Name, 0, planStart, 1500, planEnd,
            "Raised at the mid-term review: the online courses opened in 2019 reach far more practitioners than planned.", RecordedBy, D(2019, 7, 1));
        workforce.SetMilestones([new Milestone(D(2018, 12, 31), 400), new Milestone(D(2019, 12, 31), 900)]);
        workforce.RecordValue(D(2018, 12, 31), 420, "Face-to-face trainings only.", null, RecordedBy, ValuesRecordedOn);
        workforce.RecordValue(D(2019, 12, 31), 910, null, null, RecordedBy, ValuesRecordedOn);
        workforce.RecordValue(D(2020, 12, 31), 1640, "Online courses more than made up for cancelled face-to-face trainings.", null, RecordedBy, ValuesRecordedOn);
    }
}
