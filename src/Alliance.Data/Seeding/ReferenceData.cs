using Alliance.Domain.Plans;
using Alliance.Domain.WorkingGroups;

namespace Alliance.Data.Seeding;

/// <summary>
/// The facts of the 2018–2020 strategic plan (its kinds of element, objectives, categories of work), taken from the
/// plan's summary. Every installation gets them, demo data or not.
/// </summary>
internal static class ReferenceData
{
    public static StrategicPlan Plan2018To2020()
    {
        var plan = new StrategicPlan("Alliance Strategic Plan 2018–2020", "Plan stratégique de l'Alliance 2018-2020", 2018, 2020,
            AdoptedOn2018To2020);
        var objective = plan.AddElementKind("objective",
            new LocalizedText("Strategic objective", "Objectif stratégique"),
            new LocalizedText("Strategic objectives", "Objectifs stratégiques"), labelledByCode: true);
        // The plan calls prevention and workforce capacity "secondary priorities" that run through the three objectives.
        var secondary = plan.AddElementKind("secondary-priority",
            new LocalizedText("Secondary priority", "Priorité secondaire"),
            new LocalizedText("Secondary priorities", "Priorités secondaires"), isCrossCutting: true);

        plan.AddObjective("A", objective,
            new LocalizedText("Integrated programming", "Programmation intégrée"),
            new LocalizedText(
                "The child protection sector and other sectors have mechanisms in place that favour integrated programming "
                + "to prevent and respond to abuse, exploitation, neglect and violence against children. "
                + "Integrated programming means programme approaches that bring together, within one programme, activities "
                + "usually carried out in two or more humanitarian sectors. Through this objective the Alliance aims to explore "
                + "and develop technical guidance and mechanisms that foster integrated child protection programmes, by examining "
                + "the barriers to cross-sector collaboration from the point of view of both child protection and other sectors' actors.",
                "Le secteur de la protection de l'enfance et certains secteurs ont mis en place des mécanismes qui favorisent "
                + "une programmation intégrée pour la prévention et la réponse aux abus, à l'exploitation, à la négligence et à "
                + "la violence contre les enfants. La programmation intégrée désigne des approches programmatiques qui intègrent, "
                + "dans un même programme, des activités relevant généralement de deux secteurs humanitaires ou plus. Avec cet "
                + "objectif, l'Alliance aspire à explorer et développer des conseils techniques et des mécanismes qui favorisent "
                + "des programmes intégrés de protection de l'enfance, en examinant les entraves à la collaboration "
                + "intersectorielle, tant du point de vue de la protection de l'enfance que de celui des autres acteurs sectoriels."));

        plan.AddObjective("B", objective,
            new LocalizedText("Evidence-based resources", "Ressources fondées sur des preuves"),
            new LocalizedText(
                "Alliance resources, including standards and technical guidance, are based on solid evidence. "
                + "The aim is to significantly strengthen the use of solid evidence in designing and implementing child protection "
                + "programmes in humanitarian action. The Alliance will synthesise existing evidence, make it accessible for "
                + "programme design and integrate it into all its technical resources, such as the CPMS; strengthening evidence "
                + "is already reflected in the 2018–2020 workplans of its 9 working groups and task forces. The Alliance will also "
                + "analyse why data and evidence are little used in programming, so that its technical groups can address this more effectively.",
                "Les ressources de l'Alliance, y compris les normes et les directives techniques, reposent sur des preuves solides. "
                + "Il s'agit de renforcer de manière significative le recours à des preuves solides dans la conception et la mise "
                + "en œuvre des programmes de protection de l'enfance dans l'action humanitaire. L'Alliance synthétisera les "
                + "preuves existantes, les rendra accessibles pour l'élaboration des programmes et les intégrera dans toutes ses "
                + "ressources techniques, telles que les SMPE\u00A0; le renforcement des preuves figure déjà dans les plans de travail "
                + "2018-2020 de ses 9 groupes de travail et groupes thématiques. L'Alliance analysera aussi les causes de la faible "
                + "utilisation des données et des preuves dans la programmation, afin que ses groupes techniques puissent mieux y remédier."));

        plan.AddObjective("C", objective,
            new LocalizedText("Local actors benefit and lead", "Des acteurs locaux bénéficiaires et moteurs"),
            new LocalizedText(
                "A diversity of local child protection actors from different contexts benefit from and lead Alliance activities. "
                + "The Alliance seeks a diversity of voices and perspectives in its working groups and task forces, mainly by "
                + "facilitating the participation of local child protection actors, and more local actors among its members and "
                + "in its trainings, global and regional gatherings and peer-learning initiatives. Its Steering Committee will "
                + "actively seek national and local partners: the four vacant seats (out of 21) will be filled by local, national "
                + "or regional organisations by 2020. The Alliance will also help national and local actors get the resources "
                + "to take part in and lead its working groups, task forces, events and workplan activities.",
                "Une diversité d'acteurs locaux de la protection de l'enfance issus de contextes différents bénéficie des "
                + "activités de l'Alliance et les anime. L'Alliance vise la diversité des voix et des points de vue dans ses "
                + "groupes de travail et groupes thématiques, en facilitant la participation des acteurs locaux, et leur plus "
                + "grande inclusion parmi ses membres, dans les formations, les rassemblements globaux et régionaux et "
                + "l'apprentissage entre pairs. Son Comité directeur recherchera activement des partenaires nationaux et "
                + "locaux\u00A0; les quatre sièges vacants (sur 21) seront remplis par des organisations locales, nationales ou "
                + "régionales d'ici à 2020. L'Alliance veillera aussi à ce que les acteurs nationaux et locaux disposent des "
                + "ressources pour participer à ses groupes et activités ou les diriger."));

        plan.AddObjective("PREV", secondary,
            new LocalizedText("Prevention", "Prévention"),
            new LocalizedText(
                "Prevention is one of the two secondary priorities the Alliance set itself for 2020. Alongside response, "
                + "the working groups and task forces build into their workplans the prevention of abuse, exploitation, "
                + "neglect and violence against children in humanitarian action.",
                "La prévention est l'une des deux priorités secondaires que l'Alliance s'est fixées d'ici à 2020. "
                + "Parallèlement à la réponse, les groupes de travail et groupes thématiques intègrent à leurs plans de travail "
                + "la prévention des abus, de l'exploitation, de la négligence et de la violence contre les enfants dans "
                + "l'action humanitaire."));

        plan.AddObjective("CAPACITY", secondary,
            new LocalizedText("Workforce capacity strengthening", "Renforcement des capacités des personnels"),
            new LocalizedText(
                "Strengthening the capacity of the child protection workforce is the other secondary priority the Alliance "
                + "set itself for 2020. Its groups contribute through training, learning and development resources that are useful "
                + "to field practitioners and those who support them.",
                "Le renforcement des capacités des personnels de protection de l'enfance est l'autre priorité secondaire "
                + "que l'Alliance s'est fixée d'ici à 2020. Ses groupes y contribuent par des formations et des ressources d'apprentissage "
                + "et de développement utiles aux praticiens de terrain et à ceux qui les soutiennent."));

        foreach (var (code, name) in Categories2018To2020)
        {
            plan.AddCategory(code, name);
        }
        plan.PutInForce();
        Complete2018To2020(plan);
        return plan;
    }

    /// <summary>
    /// What the 2018–2020 plan says beyond its objectives (mission, key reference, precepts,
    /// commitments), added where missing: also to a plan stored before the portal kept them.
    /// </summary>
    public static void Complete2018To2020(StrategicPlan plan)
    {
        if (plan.MissionEn is null)
        {
            plan.Describe(
                new LocalizedText(
                    "The mission of the Alliance for Child Protection in Humanitarian Action (the Alliance) is to support the efforts "
                    + "of humanitarian actors to achieve high-quality and effective child protection interventions in diverse "
                    + "humanitarian contexts (refugee and non-refugee settings).",
                    "La mission de l'Alliance pour la protection de l'enfance dans l'action humanitaire (l'Alliance) est de soutenir "
                    + "les efforts des acteurs humanitaires pour réaliser des interventions de protection de l'enfance efficaces et de "
                    + "qualité dans des contextes humanitaires variés (contextes dits de réfugiés et de non-réfugiés)."),
                new LocalizedText(
                    "The Minimum Standards for Child Protection in Humanitarian Action (CPMS)",
                    "Les Standards minimums pour la protection de l'enfance dans l'action humanitaire (SMPE)"));
        }
        if (plan.Precepts.Count == 0)
        {
            plan.AddPrecept(new LocalizedText("Field-focused", "Axé sur le terrain"), new LocalizedText(
                "The technical material produced will be needed by, and useful to, field practitioners and those who support them.",
                "Le matériel technique produit sera nécessaire et utile pour les praticiens de terrain et ceux qui les soutiennent."));
            plan.AddPrecept(new LocalizedText("Child-centred", "Centré sur l'enfant"), new LocalizedText(
                "Following the guiding principles set out in the CPMS, all Alliance activities and products put the child at the centre.",
                "Sur la base des principes directeurs définis dans les SMPE, toutes les activités et tous les produits de l'Alliance "
                + "placeront l'enfant au centre."));
            plan.AddPrecept(new LocalizedText("Family- and community-focused", "Axé sur la famille et la communauté"), new LocalizedText(
                "With the socio-ecological model as frame of reference, Alliance products encourage families and communities to take "
                + "part in defining and carrying out the protection of children in every context.",
                "En utilisant le modèle socio-écologique comme cadre de référence, les produits de l'Alliance favoriseront "
                + "l'implication des familles et des communautés dans la définition et la mise en œuvre de la protection des "
                + "enfants dans tous les contextes."));
        }
        if (plan.Commitments.Count == 0)
        {
            AddCommitments2018To2020(plan);
        }
    }

    /// <summary>The day the steering committee endorsed the 2018–2020 plan.</summary>
    public static readonly DateOnly AdoptedOn2018To2020 = new(2018, 3, 9);

    /// <summary>
    /// The plan's two promises about local actors under objective C, in its own words, each with the
    /// rule that assesses it (decision 0017).
    /// </summary>
    private static void AddCommitments2018To2020(StrategicPlan plan)
    {
        var deadline = new DateOnly(2020, 12, 31);
        plan.AddCommitment("C-SEATS", CommitmentRule.VacantSeatsFilled,
            new LocalizedText(
                "The four seats of the steering committee (out of 21) vacant when the plan was adopted are filled by local, "
                + "national or regional organisations by 2020.",
                "Les quatre sièges du comité directeur (sur 21) vacants à l'adoption du plan sont remplis par des organisations "
                + "locales, nationales ou régionales d'ici à 2020."),
            deadline);
        plan.AddCommitment("C-MEMBERS", CommitmentRule.NewMembersLocalShare,
            new LocalizedText(
                "Over 60% of the members who joined since membership opened in November 2016 are local and national actors.",
                "Plus de 60\u00A0% des membres entrés depuis l'ouverture de l'adhésion en novembre 2016 sont des acteurs locaux et nationaux."),
            deadline, sharePercent: 60, since: Domain.Members.Membership.LaunchedOn);
    }

    /// <summary>The plan's five categories of work.</summary>
    internal static readonly (string Code, LocalizedText Name)[] Categories2018To2020 =
    [
        ("standard-setting",
            new LocalizedText("Standard setting and guidance development", "Établissement de normes et développement de directives")),
        ("capacity-building",
            new LocalizedText("Capacity building, learning and development", "Renforcement des capacités, apprentissage et développement")),
        ("evidence",
            new LocalizedText("Evidence and knowledge generation", "Génération de preuves et de connaissances")),
        ("advocacy",
            new LocalizedText("Advocacy", "Plaidoyer")),
        ("convening",
            new LocalizedText("Convening", "Réunir les acteurs")),
    ];

    public const string WorkingGroupKind = "working-group";
    public const string TaskForceKind = "task-force";
    public const string InitiativeKind = "initiative";

    /// <summary>The kinds of group that deliver the plans; the 2021–2025 strategy adds initiatives to working groups and task forces.</summary>
    public static IReadOnlyList<GroupKind> GroupKinds() =>
    [
        new(WorkingGroupKind, new LocalizedText("Working group", "Groupe de travail"), 1),
        new(TaskForceKind, new LocalizedText("Task force", "Groupe thématique"), 2),
        new(InitiativeKind, new LocalizedText("Initiative", "Initiative"), 3),
    ];
}
