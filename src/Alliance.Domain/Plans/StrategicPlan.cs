namespace Alliance.Domain.Plans;

/// <summary>A strategic plan of the Alliance; plans are data, so a later plan is a new row.</summary>
public class StrategicPlan
{
    public const int TitleMaxLength = 200;

    private readonly List<Objective> _objectives = [];
    private readonly List<Commitment> _commitments = [];

    private StrategicPlan()
    {
        TitleEn = TitleFr = "";
    }

    public StrategicPlan(string titleEn, string titleFr, int startYear, int endYear, DateOnly adoptedOn, PlanStatus status = PlanStatus.Draft)
    {
        TitleEn = Guard.Required(titleEn, nameof(TitleEn), TitleMaxLength);
        TitleFr = Guard.Required(titleFr, nameof(TitleFr), TitleMaxLength);
        if (endYear < startYear)
        {
            throw new DomainException("PlanPeriodOutOfOrder", "The plan must end in or after the year it starts ({0}).", startYear);
        }
        StartYear = startYear;
        EndYear = endYear;
        AdoptedOn = adoptedOn;
        Status = status;
    }

    public int Id { get; private set; }
    public string TitleEn { get; private set; }
    public string TitleFr { get; private set; }
    public int StartYear { get; private set; }
    public int EndYear { get; private set; }
    public IReadOnlyList<Objective> Objectives => _objectives;

    /// <summary>The day the plan was adopted (endorsed by the steering committee): commitments may speak of the state on that day.</summary>
    public DateOnly AdoptedOn { get; private set; }

    public PlanStatus Status { get; private set; }

    public IReadOnlyList<Commitment> Commitments => _commitments;

    public DateOnly StartsOn => new(StartYear, 1, 1);
    public DateOnly EndsOn => new(EndYear, 12, 31);

    public Commitment AddCommitment(string code, CommitmentRule rule, LocalizedText text, DateOnly deadline,
        decimal? sharePercent = null, DateOnly? since = null)
    {
        var commitment = new Commitment(this, code, rule, text, deadline, sharePercent, since, _commitments.Count + 1);
        if (_commitments.Any(c => c.Code == commitment.Code))
        {
            throw new DomainException("DuplicateCommitmentCode", "The plan already has a commitment with code {0}.", commitment.Code)
                { Field = nameof(Commitment.Code) };
        }
        _commitments.Add(commitment);
        return commitment;
    }

    public Objective AddObjective(string code, ObjectiveKind kind, LocalizedText title, LocalizedText statement)
    {
        var normalized = Guard.Required(code, nameof(Objective.Code), Objective.CodeMaxLength).ToUpperInvariant();
        if (_objectives.Any(o => o.Code == normalized))
        {
            throw new DomainException("DuplicateObjectiveCode", "The plan already has an objective with code {0}.", normalized);
        }
        var objective = new Objective(this, normalized, kind, title, statement, _objectives.Count + 1);
        _objectives.Add(objective);
        return objective;
    }
}
