using Alliance.Domain.Members;
using Alliance.Domain.SteeringCommittee;

using static Alliance.Tests.Domain.DomainBuilders;

namespace Alliance.Tests.Domain;

/// <summary>Objective C's seat target, computed from the tenures on the day assessed: never typed in.</summary>
public class LocalisationTargetTests
{
    private static readonly DateOnly Deadline = new(2020, 12, 31);
    private static readonly DateOnly BeforeDeadline = new(2019, 6, 30);
    private static readonly DateOnly AfterDeadline = new(2021, 1, 1);

    [Fact]
    public void TheTarget_IsFourSeats_ByTheEndOf2020_CountedFrom2018()
    {
        Assert.Equal(4, LocalisationTarget.Seats);
        Assert.Equal(Deadline, LocalisationTarget.Deadline);
        Assert.Equal(new DateOnly(2018, 1, 1), LocalisationTarget.WindowStart);
    }

    [Fact]
    public void BeforeTheDeadline_WithFewerThanFourSeatsFilled_IsOnTrack()
    {
        var committee = CommitteeWithLocalHolders(new DateOnly(2018, 3, 1), new DateOnly(2019, 1, 15), new DateOnly(2019, 6, 30));

        var progress = LocalisationTarget.Assess(committee.Seats, BeforeDeadline);

        Assert.Equal(TargetStatus.OnTrack, progress.Status);
        Assert.Equal(3, progress.Filled);
        Assert.Equal([1, 2, 3], progress.FilledSeatNumbers);
        Assert.Equal((4, Deadline), (progress.Target, progress.Deadline));
    }

    [Fact]
    public void BeforeTheDeadline_WithFourSeatsFilled_IsMet()
    {
        var committee = CommitteeWithLocalHolders(new DateOnly(2018, 3, 1), new DateOnly(2018, 9, 1), new DateOnly(2019, 1, 15), new DateOnly(2019, 6, 30));

        var progress = LocalisationTarget.Assess(committee.Seats, BeforeDeadline);

        Assert.Equal(TargetStatus.Met, progress.Status);
        Assert.Equal(4, progress.Filled);
    }

    [Fact]
    public void OnTheDeadline_WithThreeSeatsFilled_IsStillOnTrack()
    {
        var committee = CommitteeWithLocalHolders(new DateOnly(2018, 3, 1), new DateOnly(2019, 1, 15), new DateOnly(2020, 6, 30));

        Assert.Equal(TargetStatus.OnTrack, LocalisationTarget.Assess(committee.Seats, Deadline).Status);
    }

    [Fact]
    public void OnTheDeadline_ASeatFilledThatDay_CountsAndMeetsTheTarget()
    {
        var committee = CommitteeWithLocalHolders(new DateOnly(2018, 3, 1), new DateOnly(2019, 1, 15), new DateOnly(2020, 6, 30), Deadline);

        var progress = LocalisationTarget.Assess(committee.Seats, Deadline);

        Assert.Equal(TargetStatus.Met, progress.Status);
        Assert.Equal(4, progress.Filled);
    }

    [Fact]
    public void AfterTheDeadline_WithThreeSeatsFilled_IsMissed()
    {
        var committee = CommitteeWithLocalHolders(new DateOnly(2018, 3, 1), new DateOnly(2019, 1, 15), new DateOnly(2020, 6, 30));

        var progress = LocalisationTarget.Assess(committee.Seats, AfterDeadline);

        Assert.Equal(TargetStatus.Missed, progress.Status);
        Assert.Equal(3, progress.Filled);
    }

    [Fact]
    public void AfterTheDeadline_ASeatFilledTheDayAfter_DoesNotCount()
    {
        var committee = CommitteeWithLocalHolders(new DateOnly(2018, 3, 1), new DateOnly(2019, 1, 15), new DateOnly(2020, 6, 30), AfterDeadline);

        var progress = LocalisationTarget.Assess(committee.Seats, new DateOnly(2023, 1, 1));

        Assert.Equal(TargetStatus.Missed, progress.Status);
        Assert.Equal([1, 2, 3], progress.FilledSeatNumbers);
    }

    [Fact]
    public void AfterTheDeadline_FourSeatsFilledInTime_StayMet_EvenOnceTheirTenuresEnded()
    {
        var committee = CommitteeWithLocalHolders(new DateOnly(2018, 3, 1), new DateOnly(2018, 9, 1), new DateOnly(2019, 1, 15), new DateOnly(2020, 6, 30));
        committee.Seat(1).OpenTenure!.End(new DateOnly(2021, 3, 31));

        var progress = LocalisationTarget.Assess(committee.Seats, new DateOnly(2022, 1, 1));

        Assert.Equal(TargetStatus.Met, progress.Status);
        Assert.Equal(4, progress.Filled);
    }

    [Fact]
    public void ATenureStartingLaterThanToday_DoesNotCountYet()
    {
        var committee = CommitteeWithLocalHolders(new DateOnly(2018, 3, 1), new DateOnly(2018, 9, 1), new DateOnly(2019, 1, 15), new DateOnly(2020, 6, 30));

        var progress = LocalisationTarget.Assess(committee.Seats, new DateOnly(2020, 6, 29));

        Assert.Equal(TargetStatus.OnTrack, progress.Status);
        Assert.Equal([1, 2, 3], progress.FilledSeatNumbers);
    }

    [Fact]
    public void InternationalHolders_AndTenuresStartedBefore2018_DoNotCount()
    {
        var committee = NewCommittee();
        committee.Assign(1, NewOrganisation("Global NGO", OrganisationScope.Global), "Rep", new DateOnly(2018, 3, 1), new DateOnly(2021, 3, 1));
        committee.Assign(2, NewOrganisation("Early national member", OrganisationScope.National), "Rep", new DateOnly(2017, 12, 31), new DateOnly(2020, 12, 31));
        committee.Assign(3, NewOrganisation("Regional network", OrganisationScope.Regional), "Rep", new DateOnly(2018, 1, 1), new DateOnly(2021, 1, 1));
        committee.Assign(4, NewOrganisation("Local association", OrganisationScope.Local), "Rep", new DateOnly(2018, 2, 1), new DateOnly(2021, 1, 1));

        var progress = LocalisationTarget.Assess(committee.Seats, AfterDeadline);

        Assert.Equal([3, 4], progress.FilledSeatNumbers);
        Assert.Equal(TargetStatus.Missed, progress.Status);
    }

    [Fact]
    public void ASeatFilledTwiceByLocalOrganisations_CountsOnce()
    {
        var committee = NewCommittee();
        committee.Assign(5, NewOrganisation("First local", OrganisationScope.Local), "Rep", new DateOnly(2018, 3, 1), new DateOnly(2019, 3, 1))
            .End(new DateOnly(2019, 3, 1));
        committee.Assign(5, NewOrganisation("Second local", OrganisationScope.Local), "Rep", new DateOnly(2019, 3, 1), new DateOnly(2022, 3, 1));

        var progress = LocalisationTarget.Assess(committee.Seats, BeforeDeadline);

        Assert.Equal(1, progress.Filled);
        Assert.Equal([5], progress.FilledSeatNumbers);
    }

    [Fact]
    public void NoSeatFilled_BeforeTheDeadline_IsOnTrack_AndAfterIt_IsMissed()
    {
        var committee = NewCommittee();

        Assert.Equal(TargetStatus.OnTrack, LocalisationTarget.Assess(committee.Seats, BeforeDeadline).Status);
        Assert.Equal(TargetStatus.Missed, LocalisationTarget.Assess(committee.Seats, AfterDeadline).Status);
        Assert.Equal(0, LocalisationTarget.Assess(committee.Seats, AfterDeadline).Filled);
    }

    /// <summary>Seats 1, 2, … taken by national organisations on the given days, terms of three years.</summary>
    private static Committee CommitteeWithLocalHolders(params DateOnly[] starts)
    {
        var committee = NewCommittee();
        for (var i = 0; i < starts.Length; i++)
        {
            committee.Assign(i + 1, NewOrganisation($"National organisation {i + 1}", OrganisationScope.National), "Rep", starts[i], starts[i].AddYears(3));
        }
        return committee;
    }
}
