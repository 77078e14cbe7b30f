namespace Alliance.Domain.Plans;

public enum IndicatorUnit
{
    /// <summary>A share from 0 to 100.</summary>
    Percent,

    /// <summary>A whole number of things, never negative.</summary>
    Count,
}
