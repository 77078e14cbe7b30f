namespace Alliance.Domain.WorkingGroups;

/// <summary>A portal user who leads a group and so may update its workplan's progress.</summary>
public class WorkingGroupLead
{
    public const int UserIdMaxLength = 450;

    private WorkingGroupLead()
    {
        UserId = "";
    }

    internal WorkingGroupLead(WorkingGroup group, string userId)
    {
        WorkingGroup = group;
        UserId = userId;
    }

    public int WorkingGroupId { get; private set; }
    public WorkingGroup WorkingGroup { get; private set; } = null!;
    public string UserId { get; private set; }
}
