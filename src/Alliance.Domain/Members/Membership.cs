namespace Alliance.Domain.Members;

public static class Membership
{
    /// <summary>Membership of the Alliance opened in November 2016; "new members" joined on or after this day.</summary>
    public static readonly DateOnly LaunchedOn = new(2016, 11, 1);
}
