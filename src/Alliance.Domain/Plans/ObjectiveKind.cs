namespace Alliance.Domain.Plans;

public enum ObjectiveKind
{
    StrategicObjective,
    SecondaryPriority,
}
