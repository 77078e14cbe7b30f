namespace Alliance.Domain.Plans;

/// <summary>A strategic plan of the Alliance; plans are data, so a later plan is a new row.</summary>
public class StrategicPlan
{
    public const int TitleMaxLength = 200;
    public const int MissionMaxLength = 2000;
    public const int ReferenceMaxLength = 300;

    private readonly List<Objective> _objectives = [];
    private readonly List<PlanElementKind> _elementKinds = [];
    private readonly List<CategoryOfWork> _categories = [];
    private readonly List<Commitment> _commitments = [];
    private readonly List<PlanPrecept> _precepts = [];

    private StrategicPlan()
    {
        TitleEn = TitleFr = "";
    }

    /// <summary>A new plan is a draft: its structure can be built until it is put in force.</summary>
    public StrategicPlan(string titleEn, string titleFr, int startYear, int endYear, DateOnly adoptedOn)
    {
        TitleEn = Guard.Required(titleEn, nameof(TitleEn), TitleMaxLength);
        TitleFr = Guard.Required(titleFr, nameof(TitleFr), TitleMaxLength);
        foreach (var (year, field) in new[] { (startYear, nameof(StartYear)), (endYear, nameof(EndYear)) })
        {
            if (year is < FirstYear or > LastYear)
            {
                throw new DomainException("PlanYearOutOfRange", "A plan's years are between {0} and {1}.", FirstYear, LastYear) { Field = field };
            }
        }
        if (endYear < startYear)
        {
            throw new DomainException("PlanPeriodOutOfOrder", "The plan must end in or after the year it starts ({0}).", startYear) { Field = nameof(EndYear) };
        }
        StartYear = startYear;
        EndYear = endYear;
        AdoptedOn = adoptedOn;
        Status = PlanStatus.Draft;
    }

    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    public int Id { get; private set; }
    public string TitleEn { get; private set; }
    public string TitleFr { get; private set; }
    public int StartYear { get; private set; }
    public int EndYear { get; private set; }
    public IReadOnlyList<Objective> Objectives => _objectives;

    /// <summary>The kinds of element the plan's structure is made of, in the plan's own words.</summary>
    public IReadOnlyList<PlanElementKind> ElementKinds => _elementKinds;

    /// <summary>The categories of work the plan sorts activities into.</summary>
    public IReadOnlyList<CategoryOfWork> Categories => _categories;

    /// <summary>The day the plan was adopted (endorsed by the steering committee): commitments may speak of the state on that day.</summary>
    public DateOnly AdoptedOn { get; private set; }

    public PlanStatus Status { get; private set; }

    /// <summary>The day the plan was closed; its results are those of <see cref="ResultsOn"/>.</summary>
    public DateOnly? ClosedOn { get; private set; }

    /// <summary>The day a closed plan's final results stand for: its end, or the day it closed if that came first.</summary>
    public DateOnly? ResultsOn => ClosedOn is { } closed ? ResultsDayIfClosedOn(closed) : null;

    /// <summary>The day whose figures become final if the plan closes on <paramref name="today"/>.</summary>
    public DateOnly ResultsDayIfClosedOn(DateOnly today) => ResultsDay(EndYear, today);

    /// <summary>The day a plan ending in <paramref name="endYear"/> and closed on <paramref name="closedOn"/> has its results of.</summary>
    public static DateOnly ResultsDay(int endYear, DateOnly closedOn) => closedOn < new DateOnly(endYear, 12, 31) ? closedOn : new DateOnly(endYear, 12, 31);

    /// <summary>
    /// Whether a plan was the one in force on <paramref name="day"/>: adopted by then, not yet closed, never a draft.
    /// A plan closed on a day is no longer in force that day (the next one is).
    /// </summary>
    public static bool WasInForceOn(PlanStatus status, DateOnly adoptedOn, DateOnly? closedOn, DateOnly day) =>
        status != PlanStatus.Draft && adoptedOn <= day && (closedOn is null || closedOn > day);

    public IReadOnlyList<Commitment> Commitments => _commitments;

    /// <summary>The plan's address in the portal (<c>/plans/2018-2020</c>): its period, which no two plans share.</summary>
    public string Slug => SlugOf(StartYear, EndYear);

    /// <summary>What the Alliance is for, as the plan states it; null until staff write it.</summary>
    public string? MissionEn { get; private set; }
    public string? MissionFr { get; private set; }

    /// <summary>The standards the plan takes as its key reference (the Child Protection Minimum Standards for 2018–2020).</summary>
    public string? ReferenceEn { get; private set; }
    public string? ReferenceFr { get; private set; }

    public IReadOnlyList<PlanPrecept> Precepts => _precepts;

    public static string SlugOf(int startYear, int endYear) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{startYear}-{endYear}");

    /// <summary>The plan's mission and key reference, each in every language or not at all.</summary>
    public void Describe(LocalizedText mission, LocalizedText reference)
    {
        MissionEn = Guard.RequiredLines(mission.En, nameof(MissionEn), MissionMaxLength);
        MissionFr = Guard.RequiredLines(mission.Fr, nameof(MissionFr), MissionMaxLength);
        ReferenceEn = Guard.Required(reference.En, nameof(ReferenceEn), ReferenceMaxLength);
        ReferenceFr = Guard.Required(reference.Fr, nameof(ReferenceFr), ReferenceMaxLength);
    }

    public PlanPrecept AddPrecept(LocalizedText title, LocalizedText text)
    {
        var precept = new PlanPrecept(title, text, _precepts.Count + 1);
        _precepts.Add(precept);
        return precept;
    }

    public DateOnly StartsOn => new(StartYear, 1, 1);
    public DateOnly EndsOn => new(EndYear, 12, 31);

    public Commitment AddCommitment(string code, CommitmentRule rule, LocalizedText text, DateOnly deadline,
        decimal? sharePercent = null, DateOnly? since = null, Objective? element = null)
    {
        var commitment = new Commitment(this, code, rule, text, deadline, sharePercent, since, element, _commitments.Count + 1);
        if (_commitments.Any(c => c.Code == commitment.Code))
        {
            throw new DomainException("DuplicateCommitmentCode", "The plan already has a commitment with code {0}.", commitment.Code)
                { Field = nameof(Commitment.Code) };
        }
        _commitments.Add(commitment);
        return commitment;
    }

    public PlanElementKind AddElementKind(string code, LocalizedText name, LocalizedText plural, bool isCrossCutting = false, bool labelledByCode = false)
    {
        EnsureDraft();
        var kind = new PlanElementKind(this, code, name, plural, isCrossCutting, labelledByCode, _elementKinds.Count + 1);
        if (_elementKinds.Any(k => k.Code == kind.Code))
        {
            throw new DomainException("DuplicateElementKindCode", "The plan already has a kind of element with code {0}.", kind.Code)
                { Field = nameof(PlanElementKind.Code) };
        }
        _elementKinds.Add(kind);
        return kind;
    }

    public CategoryOfWork AddCategory(string code, LocalizedText name)
    {
        EnsureDraft();
        var category = new CategoryOfWork(this, code, name, _categories.Count + 1);
        if (_categories.Any(c => c.Code == category.Code))
        {
            throw new DomainException("DuplicateCategoryCode", "The plan already has a category of work with code {0}.", category.Code)
                { Field = nameof(CategoryOfWork.Code) };
        }
        _categories.Add(category);
        return category;
    }

    /// <summary>Adds an element of one of the plan's kinds, at the top of the structure or under another of its elements.</summary>
    public Objective AddObjective(string code, PlanElementKind kind, LocalizedText title, LocalizedText statement, Objective? parent = null)
    {
        EnsureDraft();
        var normalized = Guard.Required(code, nameof(Objective.Code), Objective.CodeMaxLength).ToUpperInvariant();
        if (_objectives.Any(o => o.Code == normalized))
        {
            throw new DomainException("DuplicateObjectiveCode", "The plan already has an objective with code {0}.", normalized)
                { Field = nameof(Objective.Code) };
        }
        if (!_elementKinds.Contains(kind))
        {
            throw new DomainException("ElementKindNotInPlan", "Choose a kind of element of this plan.") { Field = nameof(Objective.Kind) };
        }
        if (parent is not null && !_objectives.Contains(parent))
        {
            throw new DomainException("ParentNotInPlan", "An element can only sit under an element of the same plan.") { Field = nameof(Objective.Parent) };
        }
        var objective = new Objective(this, normalized, kind, parent, title, statement, _objectives.Count + 1);
        _objectives.Add(objective);
        return objective;
    }

    /// <summary>Rewords a draft's element: its title and statement in each language (its code, kind and place stay).</summary>
    public void RewordElement(string code, LocalizedText title, LocalizedText statement)
    {
        EnsureDraft();
        ElementOf(code).Reword(title, statement);
    }

    /// <summary>
    /// Removes an element of a draft that nothing rests on: no element under it, no indicator, no commitment. (Activities
    /// rest on elements of a plan in force only.)
    /// </summary>
    public void RemoveElement(string code)
    {
        EnsureDraft();
        var element = ElementOf(code);
        if (_objectives.Any(o => o.Parent == element))
        {
            throw new DomainException("ElementHasChildren", "{0} has elements under it: remove those first.", element.Code);
        }
        if (element.Indicators.Count > 0 || _commitments.Any(c => c.Element == element))
        {
            throw new DomainException("ElementInUse", "{0} has indicators or a commitment resting on it.", element.Code);
        }
        _objectives.Remove(element);
    }

    private Objective ElementOf(string code) =>
        _objectives.SingleOrDefault(o => o.Code == code.Trim().ToUpperInvariant())
        ?? throw new DomainException("ElementNotFound", "The plan has no element {0}.", code.Trim().ToUpperInvariant()) { Field = nameof(Objective.Code) };

    /// <summary>Puts a finished draft in force. Which other plan stops being in force is the caller's to decide with it: one plan is in force at a time.</summary>
    public void PutInForce()
    {
        EnsureDraft();
        if (_objectives.Count == 0)
        {
            throw new DomainException("PlanWithoutElements", "A plan needs at least one element before it is put in force.");
        }
        Status = PlanStatus.InForce;
    }

    /// <summary>
    /// Closes the plan in force: every indicator keeps its value on the plan's end date (or today, if the plan
    /// closes before it ends) and every commitment its verdict, computed by the caller from the portal's data
    /// of that day. A closed plan's pages show those, never today's figures.
    /// </summary>
    public void Close(DateOnly today, Func<Indicator, DateOnly, decimal?> computedOn, Func<Commitment, DateOnly, CommitmentAssessment> assessedOn)
    {
        if (Status != PlanStatus.InForce)
        {
            throw new DomainException("PlanNotInForce", "Only the plan in force can be closed.");
        }
        var on = ResultsDayIfClosedOn(today);
        foreach (var indicator in _objectives.SelectMany(o => o.Indicators))
        {
            indicator.Freeze(indicator.IsComputed ? computedOn(indicator, on) : null, on);
        }
        foreach (var commitment in _commitments)
        {
            commitment.Freeze(assessedOn(commitment, on));
        }
        Status = PlanStatus.Closed;
        ClosedOn = today;
    }

    /// <summary>A plan's structure is built while it is a draft; a plan in force or closed keeps the structure it was adopted with.</summary>
    /// <summary>Refuses a change that only a draft takes (its structure, its commitments).</summary>
    public void EnsureDraft()
    {
        if (Status != PlanStatus.Draft)
        {
            throw new DomainException("PlanNotDraft", "Only a draft plan's structure can be changed.");
        }
    }
}
