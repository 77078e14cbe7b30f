namespace Alliance.Domain.WorkingGroups;

public enum WorkingGroupKind
{
    WorkingGroup,
    TaskForce,
}
