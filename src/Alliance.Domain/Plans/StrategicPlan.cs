namespace Alliance.Domain.Plans;

/// <summary>A strategic plan of the Alliance; plans are data, so a later plan is a new row.</summary>
public class StrategicPlan
{
    public const int TitleMaxLength = 200;

    private readonly List<Objective> _objectives = [];

    private StrategicPlan()
    {
        TitleEn = TitleFr = "";
    }

    public StrategicPlan(string titleEn, string titleFr, int startYear, int endYear)
    {
        TitleEn = Guard.Required(titleEn, nameof(TitleEn), TitleMaxLength);
        TitleFr = Guard.Required(titleFr, nameof(TitleFr), TitleMaxLength);
        if (endYear < startYear)
        {
            throw new DomainException("PlanPeriodOutOfOrder", "The plan must end in or after the year it starts ({0}).", startYear);
        }
        StartYear = startYear;
        EndYear = endYear;
    }

    public int Id { get; private set; }
    public string TitleEn { get; private set; }
    public string TitleFr { get; private set; }
    public int StartYear { get; private set; }
    public int EndYear { get; private set; }
    public IReadOnlyList<Objective> Objectives => _objectives;

    public DateOnly StartsOn => new(StartYear, 1, 1);
    public DateOnly EndsOn => new(EndYear, 12, 31);

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
