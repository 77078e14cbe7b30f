using Alliance.Domain;
using Alliance.Domain.SteeringCommittee;

using static Alliance.Tests.Domain.DomainBuilders;

namespace Alliance.Tests.Domain;

public class CommitteeTests
{
    private static readonly DateOnly TermStart = new(2018, 1, 1);
    private static readonly DateOnly TermEnd = new(2019, 12, 31);

    [Theory]
    [InlineData(0)]
    [InlineData(22)]
    public void Assign_ToAnUnknownSeat_Throws(int seatNumber)
    {
        var committee = NewCommittee();

        var error = Assert.Throws<DomainException>(() => committee.Assign(seatNumber, NewOrganisation(), "Rep", TermStart, TermEnd));

        Assert.Equal("SeatNotFound", error.Code);
        Assert.All(committee.Seats, s => Assert.Empty(s.Tenures));
    }

    [Fact]
    public void Assign_ToASeatMissingFromTheCommittee_Throws()
    {
        var committee = new Committee([new SteeringCommitteeSeat(1), new SteeringCommitteeSeat(2)]);

        var error = Assert.Throws<DomainException>(() => committee.Assign(3, NewOrganisation(), "Rep", TermStart, TermEnd));

        Assert.Equal("SeatNotFound", error.Code);
        Assert.Equal([3], error.Arguments);
    }

    [Fact]
    public void Assign_AnOrganisationHoldingAnotherSeat_Throws()
    {
        var committee = NewCommittee();
        var organisation = NewOrganisation();
        committee.Assign(1, organisation, "Rep", TermStart, TermEnd);

        var error = Assert.Throws<DomainException>(() => committee.Assign(2, organisation, "Rep", TermStart.AddMonths(6), TermEnd));

        Assert.Equal("OrganisationHoldsSeat", error.Code);
        Assert.Equal(1, error.Arguments[1]);
        Assert.Empty(committee.Seat(2).Tenures);
    }

    [Fact]
    public void Assign_AnOrganisationWithAFutureTenureOnAnotherSeat_Throws()
    {
        var committee = NewCommittee();
        var organisation = NewOrganisation();
        committee.Assign(1, organisation, "Rep", new DateOnly(2030, 1, 1), new DateOnly(2032, 1, 1));

        var error = Assert.Throws<DomainException>(() => committee.Assign(2, organisation, "Rep", TermStart, TermEnd));

        Assert.Equal("OrganisationHoldsSeat", error.Code);
        Assert.Empty(committee.Seat(2).Tenures);
    }

    [Fact]
    public void Assign_AnOrganisationWhoseOtherSeatEndsAfterTheStart_Throws()
    {
        var committee = NewCommittee();
        var organisation = NewOrganisation();
        committee.Assign(1, organisation, "Rep", TermStart, TermEnd).End(new DateOnly(2019, 6, 30));

        var error = Assert.Throws<DomainException>(() => committee.Assign(2, organisation, "Rep", new DateOnly(2019, 6, 1), new DateOnly(2021, 5, 31)));

        Assert.Equal("OrganisationHoldsSeat", error.Code);
        Assert.Empty(committee.Seat(2).Tenures);
    }

    [Fact]
    public void Assign_AnOrganisationOnTheDayItLeftAnotherSeat_Succeeds()
    {
        var committee = NewCommittee();
        var organisation = NewOrganisation();
        var left = new DateOnly(2019, 6, 30);
        committee.Assign(1, organisation, "Rep", TermStart, TermEnd).End(left);

        var tenure = committee.Assign(2, organisation, "Rep", left, left.AddYears(2));

        Assert.Same(tenure, committee.Seat(2).OpenTenure);
        Assert.Same(organisation, tenure.Organisation);
    }

    [Fact]
    public void Assign_TwoDifferentOrganisationsToTwoSeats_Succeeds()
    {
        var committee = NewCommittee();

        committee.Assign(1, NewOrganisation("First"), "Rep", TermStart, TermEnd);
        committee.Assign(2, NewOrganisation("Second"), "Rep", TermStart, TermEnd);

        Assert.Equal(2, committee.Seats.Count(s => !s.IsVacant(TermStart)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Assign_AFormerMember_Throws(int daysLeftAfterStart)
    {
        var committee = NewCommittee();
        var organisation = NewOrganisation(joinedOn: new DateOnly(2016, 1, 1));
        organisation.RecordLeaving(TermStart.AddDays(daysLeftAfterStart));

        var error = Assert.Throws<DomainException>(() => committee.Assign(1, organisation, "Rep", TermStart, TermEnd));

        Assert.Equal("OrganisationNotMember", error.Code);
        Assert.Empty(committee.Seat(1).Tenures);
    }

    [Fact]
    public void Assign_AMemberThatLeavesAfterTheStart_Succeeds()
    {
        var committee = NewCommittee();
        var organisation = NewOrganisation(joinedOn: new DateOnly(2016, 1, 1));
        organisation.RecordLeaving(TermStart.AddDays(1));

        var tenure = committee.Assign(1, organisation, "Rep", TermStart, TermEnd);

        Assert.Same(tenure, committee.Seat(1).OpenTenure);
    }

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, false)]
    public void Assign_StartingBeforeTheOrganisationJoined_Throws_OnTheDayItJoinedSucceeds(int daysFromJoining, bool refused)
    {
        var committee = NewCommittee();
        var organisation = NewOrganisation(joinedOn: TermStart);

        var assign = () => committee.Assign(1, organisation, "Rep", TermStart.AddDays(daysFromJoining), TermEnd);

        if (refused)
        {
            var error = Assert.Throws<DomainException>(assign);
            Assert.Equal(("NotYetMember", nameof(SeatTenure.Organisation)), (error.Code, error.Field));
            Assert.Empty(committee.Seat(1).Tenures);
        }
        else
        {
            Assert.Same(assign(), committee.Seat(1).OpenTenure);
        }
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData(30, true)]
    [InlineData(0, false)]
    public void RecordLeaving_WhileHoldingASeatOnThatDay_Throws_AndLeavesTheOrganisationAMember(int? tenureEndsAfterLeaving, bool refused)
    {
        var committee = NewCommittee();
        var organisation = NewOrganisation(joinedOn: new DateOnly(2016, 1, 1));
        var tenure = committee.Assign(4, organisation, "Rep", TermStart, TermEnd);
        var leftOn = new DateOnly(2019, 6, 30);
        if (tenureEndsAfterLeaving is { } days)
        {
            tenure.End(leftOn.AddDays(days));
        }

        var leave = () => committee.RecordLeaving(organisation, leftOn);

        if (refused)
        {
            var error = Assert.Throws<DomainException>(leave);
            Assert.Equal(("LeavingHoldsSeat", nameof(organisation.LeftOn)), (error.Code, error.Field));
            Assert.Null(organisation.LeftOn);
        }
        else
        {
            leave();
            Assert.Equal(leftOn, organisation.LeftOn);
        }
    }

    [Fact]
    public void RecordLeaving_BeforeJoining_Throws_WhateverTheSeats()
    {
        var committee = NewCommittee();
        var organisation = NewOrganisation(joinedOn: new DateOnly(2016, 1, 1));

        var error = Assert.Throws<DomainException>(() => committee.RecordLeaving(organisation, new DateOnly(2015, 12, 31)));

        Assert.Equal("DatesOutOfOrder", error.Code);
        Assert.Null(organisation.LeftOn);
    }

    [Fact]
    public void NewCommittee_HasTwentyOneVacantSeats()
    {
        var committee = NewCommittee();

        Assert.Equal(21, SteeringCommitteeSeat.SeatCount);
        Assert.Equal(Enumerable.Range(1, 21), committee.Seats.Select(s => s.Number));
        Assert.All(committee.Seats, s => Assert.True(s.IsVacant(TermStart)));
    }
}
