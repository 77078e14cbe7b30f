using Alliance.Domain.Members;

namespace Alliance.Domain.WorkingGroups;

/// <summary>
/// An organisation's term as co-lead of a working group, task force or initiative: from <see cref="Since"/>
/// until <see cref="EndedOn"/> (open while null). Co-leads rotate (every three years), so a group keeps
/// its former co-leads, and the share of groups co-led by local or national organisations has a history.
/// </summary>
public class WorkingGroupCoLead
{
    private WorkingGroupCoLead()
    {
    }

    internal WorkingGroupCoLead(WorkingGroup group, Organisation organisation, DateOnly since)
    {
        WorkingGroup = group;
        Organisation = organisation;
        OrganisationId = organisation.Id;
        Since = since;
    }

    public int Id { get; private set; }
    public int WorkingGroupId { get; private set; }
    public WorkingGroup WorkingGroup { get; private set; } = null!;
    public int OrganisationId { get; private set; }
    public Organisation Organisation { get; private set; } = null!;
    public DateOnly Since { get; private set; }

    /// <summary>The first day the organisation no longer co-leads the group.</summary>
    public DateOnly? EndedOn { get; private set; }

    public bool IsOpen => EndedOn is null;

    /// <summary>The same rule as a seat's tenure: from its first day, up to the day before it ended.</summary>
    public bool IsCurrentOn(DateOnly day) => Since <= day && (EndedOn is null || EndedOn > day);

    internal void End(DateOnly endedOn)
    {
        if (endedOn <= Since)
        {
            throw new DomainException("EndAfterStart", "The tenure started on {0}: it must end after that day.", Since) { Field = nameof(EndedOn) };
        }
        EndedOn = endedOn;
    }
}
