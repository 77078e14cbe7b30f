using Alliance.Domain.Members;

namespace Alliance.Domain.WorkingGroups;

/// <summary>An organisation taking part in a working group or task force.</summary>
public class WorkingGroupMember
{
    private WorkingGroupMember()
    {
    }

    internal WorkingGroupMember(WorkingGroup group, Organisation organisation)
    {
        WorkingGroup = group;
        Organisation = organisation;
        OrganisationId = organisation.Id;
    }

    public int WorkingGroupId { get; private set; }
    public WorkingGroup WorkingGroup { get; private set; } = null!;
    public int OrganisationId { get; private set; }
    public Organisation Organisation { get; private set; } = null!;
}
