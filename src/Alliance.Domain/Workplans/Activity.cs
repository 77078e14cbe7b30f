using Alliance.Domain.Plans;

namespace Alliance.Domain.Workplans;

/// <summary>
/// An activity of a workplan. Its status and percent complete change only through
/// <see cref="RecordProgress"/>, which keeps an immutable history of <see cref="ProgressUpdate"/>s.
/// </summary>
public class Activity
{
    public const int TitleMaxLength = 300;
    public const int DescriptionMaxLength = 4000;
    public const int DeliverableMaxLength = 500;

    /// <summary>An activity with no progress update for this long needs attention.</summary>
    public const int StaleAfterDays = 90;

    public const int DispositionReasonMaxLength = 1000;

    private readonly List<ProgressUpdate> _progressUpdates = [];
    private readonly List<ActivityContribution> _contributions = [];

    private Activity()
    {
        Title = "";
    }

    internal Activity(Workplan workplan, ActivityDetails details)
    {
        Workplan = workplan;
        Status = ActivityStatus.NotStarted;
        Title = "";
        Apply(details);
    }

    public int Id { get; private set; }
    public int WorkplanId { get; private set; }
    public Workplan Workplan { get; private set; } = null!;
    public int ObjectiveId { get; private set; }
    public Objective Objective { get; private set; } = null!;
    public int CategoryOfWorkId { get; private set; }
    public CategoryOfWork Category { get; private set; } = null!;
    public string Title { get; private set; }
    public string? Description { get; private set; }
    public string? Deliverable { get; private set; }
    public DateOnly StartDate { get; private set; }
    public DateOnly DueDate { get; private set; }
    public ActivityStatus Status { get; private set; }
    public int PercentComplete { get; private set; }
    public bool IsArchived { get; private set; }
    public IReadOnlyList<ProgressUpdate> ProgressUpdates => _progressUpdates;

    /// <summary>The cross-cutting elements the activity serves besides its main <see cref="Objective"/>.</summary>
    public IReadOnlyList<ActivityContribution> Contributions => _contributions;

    public bool IsClosed => Status is ActivityStatus.Completed or ActivityStatus.Cancelled;

    public bool IsOverdue(DateOnly today) => !IsClosed && DueDate < today;

    /// <summary>What became of it when its plan closed, not completed; null while the plan runs, or when it was completed or cancelled.</summary>
    public ActivityDisposition? Disposition { get; private set; }
    public string? DispositionReason { get; private set; }

    /// <summary>The activity of the previous plan this one continues; null for work begun in its own plan.</summary>
    public int? CarriedFromId { get; private set; }
    public Activity? CarriedFrom { get; private set; }

    /// <summary>The activity of the next plan that continues this one (the other end of <see cref="CarriedFrom"/>).</summary>
    public Activity? CarriedInto { get; private set; }

    /// <summary>Whether its plan's closing must decide what becomes of it: live, neither completed nor cancelled, not yet decided.</summary>
    public bool AwaitsDecision => !IsArchived && !IsClosed && Disposition is null;

    /// <summary>Ends the activity with its plan, closed where it stood or dropped, for the reason given.</summary>
    public void EndWithPlan(ActivityDisposition disposition, string? reason)
    {
        if (disposition == ActivityDisposition.CarriedOver || !Enum.IsDefined(disposition))
        {
            throw new DomainException("UnknownDisposition", "Choose whether the activity is carried over, closed or dropped.") { Field = nameof(Disposition) };
        }
        Decide(disposition, reason);
    }

    /// <summary>
    /// Carries the activity into <paramref name="next"/>, its group's workplan of the next plan: a new activity there, under
    /// <paramref name="element"/> and <paramref name="category"/> of that plan, continues it from <paramref name="startsOn"/>
    /// (or its own start if later) with its title, description, deliverable and due date, or, if that has passed by then, a year after
    /// its new start; each links to the other.
    /// </summary>
    public Activity CarryInto(Workplan next, Objective element, CategoryOfWork category, string? reason, DateOnly startsOn)
    {
        EnsureDecidable();
        if (next.Plan == Workplan.Plan || (next.StrategicPlanId != 0 && next.StrategicPlanId == Workplan.StrategicPlanId))
        {
            throw new DomainException("CarryIntoSamePlan", "An activity is carried into the next plan, not into its own.") { Field = nameof(CarriedInto) };
        }
        if (next.WorkingGroup != Workplan.WorkingGroup && (next.WorkingGroupId == 0 || next.WorkingGroupId != Workplan.WorkingGroupId))
        {
            throw new DomainException("CarryIntoOtherGroup", "An activity is carried into its own group's workplan.") { Field = nameof(CarriedInto) };
        }
        var start = StartDate > startsOn ? StartDate : startsOn;
        var carried = next.AddActivity(new ActivityDetails(Title, Description, element, category, start, DueDate > start ? DueDate : start.AddYears(1), Deliverable));
        Decide(ActivityDisposition.CarriedOver, reason);
        carried.CarriedFrom = this;
        CarriedInto = carried;
        return carried;
    }

    private void Decide(ActivityDisposition disposition, string? reason)
    {
        EnsureDecidable();
        DispositionReason = Guard.RequiredLines(reason, nameof(DispositionReason), DispositionReasonMaxLength);
        Disposition = disposition;
    }

    private void EnsureDecidable()
    {
        EnsureNotArchived();
        if (IsClosed)
        {
            throw new DomainException("ActivityAlreadyFinished", "\"{0}\" is already completed or cancelled: nothing is left to decide.", Title);
        }
        if (Disposition is not null)
        {
            throw new DomainException("ActivityAlreadyDecided", "What becomes of \"{0}\" is already decided.", Title);
        }
    }

    /// <summary>
    /// The status its last progress update recorded by the end of <paramref name="day"/> (UTC) left it in;
    /// not started before any. Needs the updates loaded.
    /// </summary>
    public ActivityStatus StatusOn(DateOnly day)
    {
        var end = day.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        return _progressUpdates.Where(u => u.RecordedAt < end).OrderByDescending(u => u.RecordedAt).ThenByDescending(u => u.Id)
            .Select(u => (ActivityStatus?)u.Status).FirstOrDefault() ?? ActivityStatus.NotStarted;
    }

    public void Edit(ActivityDetails details)
    {
        EnsureNotArchived();
        if (Disposition is not null)
        {
            throw EndedError();
        }
        Workplan.EnsureTitleFree(details.Title, except: this);
        Apply(details);
    }

    public void Archive() => IsArchived = true;

    public void Restore()
    {
        // Titles are unique among live activities only, so a title may have been reused while this one was archived.
        if (IsArchived)
        {
            Workplan.EnsureTitleFree(Title, except: this);
        }
        IsArchived = false;
    }

    /// <summary>
    /// Records a progress update. Percent is 0–100, completed means 100%, a narrative is required,
    /// and lowering the percent must be acknowledged as explained in the narrative. Recording the
    /// same submission twice (a second click) returns the first update instead of adding another.
    /// </summary>
    public ProgressUpdate RecordProgress(ProgressReport report, string authorUserId, string authorName, DateTime recordedAtUtc)
    {
        if (_progressUpdates.FirstOrDefault(u => u.SubmissionId == report.SubmissionId) is { } alreadyRecorded)
        {
            return alreadyRecorded;
        }
        var problems = ProblemsWith(report);
        if (problems.Count > 0)
        {
            throw problems[0];
        }
        var update = new ProgressUpdate(this, report, PercentComplete, authorUserId, authorName, recordedAtUtc);
        Status = report.Status;
        PercentComplete = report.PercentComplete;
        _progressUpdates.Add(update);
        return update;
    }

    /// <summary>Every rule a progress report breaks, each naming its field, so a form can show them all at once.</summary>
    public IReadOnlyList<DomainException> ProblemsWith(ProgressReport report)
    {
        var problems = new List<DomainException>();
        if (IsArchived)
        {
            problems.Add(ArchivedError());
        }
        if (Disposition is not null)
        {
            // Its plan has closed: the work goes on, if at all, in the activity that carries it over.
            problems.Add(EndedError());
        }
        if (!Enum.IsDefined(report.Status))
        {
            problems.Add(new DomainException("UnknownStatus", "Choose a status from the list.") { Field = nameof(ProgressReport.Status) });
        }
        if (report.PercentComplete is < 0 or > 100)
        {
            problems.Add(new DomainException("PercentOutOfRange", "{0} is a percentage and must be between 0 and 100.", new FieldName(nameof(ProgressReport.PercentComplete))) { Field = nameof(ProgressReport.PercentComplete) });
        }
        else if (report.Status == ActivityStatus.Completed && report.PercentComplete != 100)
        {
            problems.Add(new DomainException("CompletedMeansHundred", "A completed activity is 100% complete.") { Field = nameof(ProgressReport.PercentComplete) });
        }
        else if (report.PercentComplete < PercentComplete && !report.DecreaseExplained)
        {
            problems.Add(new DomainException("PercentDecreaseUnexplained",
                "The percent complete goes down from {0}% to {1}%: say why in the narrative and tick the box that confirms it.",
                PercentComplete, report.PercentComplete) { Field = nameof(ProgressReport.DecreaseExplained) });
        }
        problems.AddRange(CheckTexts(report));
        return problems;
    }

    /// <summary>The rules on a report's narrative and evidence link, which hold whatever the activity's state.</summary>
    public static IReadOnlyList<DomainException> CheckTexts(ProgressReport report)
    {
        var problems = new List<DomainException>();
        Collect(problems, () => Guard.RequiredLines(report.Narrative, nameof(ProgressReport.Narrative), ProgressUpdate.NarrativeMaxLength));
        Collect(problems, () => Guard.HttpUrl(report.EvidenceUrl, nameof(ProgressReport.EvidenceUrl), ProgressUpdate.EvidenceUrlMaxLength));
        return problems;
    }

    private static void Collect(List<DomainException> problems, Action check)
    {
        try
        {
            check();
        }
        catch (DomainException problem)
        {
            problems.Add(problem);
        }
    }

    private void Apply(ActivityDetails details)
    {
        Workplan.EnsureObjectiveBelongsToPlan(details.Objective);
        Workplan.EnsureCategoryBelongsToPlan(details.Category);
        // No list of contributions leaves them as they are; an empty list clears them.
        var contributions = details.ContributesTo?.Distinct().ToList() ?? [.. _contributions.Select(c => c.Objective)];
        foreach (var element in contributions)
        {
            Workplan.EnsureObjectiveBelongsToPlan(element, nameof(ActivityDetails.ContributesTo));
            if (element == details.Objective)
            {
                throw new DomainException("ContributionIsMainElement", "The activity's main element cannot also be one it contributes to.")
                    { Field = nameof(ActivityDetails.ContributesTo) };
            }
            if (!element.Kind.IsCrossCutting)
            {
                throw new DomainException("ContributionNotCrossCutting", "An activity contributes only to cross-cutting elements of the plan.")
                    { Field = nameof(ActivityDetails.ContributesTo) };
            }
        }
        Guard.DatesInOrder(details.StartDate, details.DueDate, nameof(StartDate), nameof(DueDate));
        // Check everything before changing anything, so that a refused edit leaves the activity as it was.
        var title = Guard.Required(details.Title, nameof(Title), TitleMaxLength);
        var description = Guard.OptionalLines(details.Description, nameof(Description), DescriptionMaxLength);
        var deliverable = Guard.Optional(details.Deliverable, nameof(Deliverable), DeliverableMaxLength);
        Title = title;
        Description = description;
        Deliverable = deliverable;
        Objective = details.Objective;
        Category = details.Category;
        StartDate = details.StartDate;
        DueDate = details.DueDate;
        _contributions.RemoveAll(c => !contributions.Contains(c.Objective));
        foreach (var element in contributions.Where(e => _contributions.All(c => c.Objective != e)))
        {
            _contributions.Add(new ActivityContribution(this, element));
        }
    }

    private void EnsureNotArchived()
    {
        if (IsArchived)
        {
            throw ArchivedError();
        }
    }

    private static DomainException EndedError() =>
        new("ActivityEndedWithPlan", "This activity ended with its plan: it takes no more changes.");

    private static DomainException ArchivedError() =>
        new("ActivityArchived", "This activity is archived; restore it before changing it.");
}
