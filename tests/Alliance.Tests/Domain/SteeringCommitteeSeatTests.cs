using Alliance.Domain;
using Alliance.Domain.SteeringCommittee;

using static Alliance.Tests.Domain.DomainBuilders;

namespace Alliance.Tests.Domain;

public class SteeringCommitteeSeatTests
{
    private static readonly DateOnly TermStart = new(2018, 1, 1);
    private static readonly DateOnly TermEnd = new(2019, 12, 31);

    [Theory]
    [InlineData(1)]
    [InlineData(11)]
    [InlineData(21)]
    public void Constructor_WithNumberFromOneToTwentyOne_Succeeds(int number)
    {
        var seat = new SteeringCommitteeSeat(number);

        Assert.Equal(number, seat.Number);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(22)]
    [InlineData(-1)]
    public void Constructor_WithNumberOutsideOneToTwentyOne_Throws(int number)
    {
        var error = Assert.Throws<DomainException>(() => new SteeringCommitteeSeat(number));

        Assert.Equal("SeatNumberOutOfRange", error.Code);
    }

    [Fact]
    public void NewSeat_IsVacantAndWasNeverHeld()
    {
        var seat = new SteeringCommitteeSeat(1);

        Assert.True(seat.IsVacant(TermStart));
        Assert.Null(seat.VacantSince(TermStart));
        Assert.Null(seat.OpenTenure);
        Assert.Null(seat.CurrentTenure(TermStart));
        Assert.False(seat.TermEndsWithin(TermStart));
    }

    [Fact]
    public void Assign_HoldsTheSeatFromTheStartDate()
    {
        var committee = NewCommittee();

        var tenure = committee.Assign(1, NewOrganisation(), " Grace Mwangi ", TermStart, TermEnd);

        var seat = committee.Seat(1);
        Assert.Same(tenure, Assert.Single(seat.Tenures));
        Assert.Same(tenure, seat.OpenTenure);
        Assert.Equal("Grace Mwangi", tenure.RepresentativeName);
        Assert.True(tenure.IsOpen);
        Assert.True(seat.IsVacant(TermStart.AddDays(-1)));
        Assert.False(seat.IsVacant(TermStart));
        Assert.Same(tenure, seat.CurrentTenure(TermStart));
        Assert.Null(seat.VacantSince(TermStart));
    }

    [Fact]
    public void Assign_ToAHeldSeat_Throws()
    {
        var committee = NewCommittee();
        var holder = committee.Assign(1, NewOrganisation("First"), "Rep", TermStart, TermEnd);

        var error = Assert.Throws<DomainException>(() =>
            committee.Assign(1, NewOrganisation("Second"), "Rep", TermEnd.AddDays(1), TermEnd.AddYears(2)));

        Assert.Equal("SeatAlreadyHeld", error.Code);
        Assert.Same(holder, Assert.Single(committee.Seat(1).Tenures));
    }

    [Fact]
    public void Assign_ToASeatWithAFutureTenure_Throws()
    {
        var committee = NewCommittee();
        committee.Assign(1, NewOrganisation("First"), "Rep", new DateOnly(2030, 1, 1), new DateOnly(2032, 1, 1));

        var error = Assert.Throws<DomainException>(() =>
            committee.Assign(1, NewOrganisation("Second"), "Rep", TermStart, TermEnd));

        Assert.Equal("SeatAlreadyHeld", error.Code);
        Assert.Single(committee.Seat(1).Tenures);
    }

    [Fact]
    public void Assign_StartingBeforeThePreviousTenureEnded_Throws()
    {
        var committee = NewCommittee();
        committee.Assign(1, NewOrganisation("First"), "Rep", TermStart, TermEnd).End(new DateOnly(2019, 6, 30));

        var error = Assert.Throws<DomainException>(() =>
            committee.Assign(1, NewOrganisation("Second"), "Rep", new DateOnly(2019, 6, 29), new DateOnly(2021, 6, 30)));

        Assert.Equal("TenuresOverlap", error.Code);
        Assert.Single(committee.Seat(1).Tenures);
        Assert.Null(committee.Seat(1).OpenTenure);
    }

    [Fact]
    public void Assign_StartingBeforeAnEarlierTenureStarted_Throws()
    {
        var committee = NewCommittee();
        committee.Assign(1, NewOrganisation("First"), "Rep", TermStart, TermEnd).End(TermEnd);

        var error = Assert.Throws<DomainException>(() =>
            committee.Assign(1, NewOrganisation("Second", joinedOn: new DateOnly(2015, 1, 1)), "Rep", new DateOnly(2016, 1, 1), new DateOnly(2017, 12, 31)));

        Assert.Equal("TenuresOverlap", error.Code);
        Assert.Single(committee.Seat(1).Tenures);
    }

    [Fact]
    public void Assign_StartingTheDayThePreviousTenureEnded_Succeeds()
    {
        var committee = NewCommittee();
        var ended = new DateOnly(2019, 6, 30);
        committee.Assign(1, NewOrganisation("First"), "Rep", TermStart, TermEnd).End(ended);

        var next = committee.Assign(1, NewOrganisation("Second"), "Rep", ended, ended.AddYears(2));

        var seat = committee.Seat(1);
        Assert.Equal(2, seat.Tenures.Count);
        Assert.Same(next, seat.OpenTenure);
        Assert.Same(next, seat.CurrentTenure(ended));
        Assert.False(seat.IsVacant(ended));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Assign_WithTermEndingOnOrBeforeItsStart_Throws(int termDays)
    {
        var committee = NewCommittee();

        var error = Assert.Throws<DomainException>(() =>
            committee.Assign(1, NewOrganisation(), "Rep", TermStart, TermStart.AddDays(termDays)));

        Assert.Equal("TermEndAfterStart", error.Code);
        Assert.Empty(committee.Seat(1).Tenures);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Assign_WithoutRepresentative_Throws(string? representative)
    {
        var committee = NewCommittee();

        var error = Assert.Throws<DomainException>(() =>
            committee.Assign(1, NewOrganisation(), representative!, TermStart, TermEnd));

        Assert.Equal("Required", error.Code);
        Assert.Empty(committee.Seat(1).Tenures);
    }

    [Fact]
    public void VacantSince_AfterTheTenureEnded_IsTheEndDate()
    {
        var committee = NewCommittee();
        var ended = new DateOnly(2019, 3, 31);
        committee.Assign(1, NewOrganisation(), "Rep", TermStart, TermEnd).End(ended);
        var seat = committee.Seat(1);

        Assert.False(seat.IsVacant(ended.AddDays(-1)));
        Assert.Null(seat.VacantSince(ended.AddDays(-1)));
        Assert.True(seat.IsVacant(ended));
        Assert.Equal(ended, seat.VacantSince(ended));
        Assert.Equal(ended, seat.VacantSince(ended.AddYears(1)));
    }

    [Fact]
    public void VacantSince_AfterSeveralTenures_IsTheLatestEnd()
    {
        var committee = NewCommittee();
        committee.Assign(1, NewOrganisation("First", joinedOn: new DateOnly(2015, 1, 1)), "Rep", new DateOnly(2016, 1, 1), new DateOnly(2017, 12, 31)).End(new DateOnly(2017, 6, 30));
        committee.Assign(1, NewOrganisation("Second"), "Rep", new DateOnly(2017, 9, 1), new DateOnly(2019, 8, 31)).End(new DateOnly(2019, 8, 31));

        Assert.Equal(new DateOnly(2019, 8, 31), committee.Seat(1).VacantSince(new DateOnly(2020, 1, 1)));
        Assert.Equal(new DateOnly(2017, 6, 30), committee.Seat(1).VacantSince(new DateOnly(2017, 7, 1)));
    }

    [Fact]
    public void VacantSince_WhileTheNextTenureHasNotStarted_IsThePreviousEnd()
    {
        var committee = NewCommittee();
        var ended = new DateOnly(2019, 3, 31);
        committee.Assign(1, NewOrganisation("First"), "Rep", TermStart, TermEnd).End(ended);
        var next = committee.Assign(1, NewOrganisation("Second"), "Rep", new DateOnly(2019, 9, 1), new DateOnly(2021, 8, 31));
        var seat = committee.Seat(1);

        Assert.Same(next, seat.OpenTenure);
        Assert.True(seat.IsVacant(new DateOnly(2019, 8, 31)));
        Assert.Null(seat.CurrentTenure(new DateOnly(2019, 8, 31)));
        Assert.Equal(ended, seat.VacantSince(new DateOnly(2019, 8, 31)));
        Assert.False(seat.IsVacant(new DateOnly(2019, 9, 1)));
        Assert.Null(seat.VacantSince(new DateOnly(2019, 9, 1)));
    }

    [Fact]
    public void IsVacant_BeforeAnEndRecordedAheadOfTime_IsFalse()
    {
        var committee = NewCommittee();
        var tenure = committee.Assign(1, NewOrganisation(), "Rep", TermStart, TermEnd);
        var leavesOn = new DateOnly(2019, 6, 30);
        tenure.End(leavesOn);
        var seat = committee.Seat(1);
        var today = new DateOnly(2019, 5, 15);

        Assert.Null(seat.OpenTenure);
        Assert.False(seat.IsVacant(today));
        Assert.Same(tenure, seat.CurrentTenure(today));
        Assert.Null(seat.VacantSince(today));
        Assert.True(seat.IsVacant(leavesOn));
        Assert.Equal(leavesOn, seat.VacantSince(leavesOn));
    }

    [Theory]
    [InlineData(89, true)]
    [InlineData(90, true)]
    [InlineData(91, false)]
    [InlineData(0, true)]
    [InlineData(-10, true)]
    public void TermEndsWithin_FlagsTermsEndingInNinetyDaysOrLess(int daysBeforeTermEnd, bool endingSoon)
    {
        var committee = NewCommittee();
        committee.Assign(1, NewOrganisation(), "Rep", TermStart, TermEnd);

        Assert.Equal(endingSoon, committee.Seat(1).TermEndsWithin(TermEnd.AddDays(-daysBeforeTermEnd)));
    }

    [Fact]
    public void TermEndsWithin_DefaultsToNinetyDays()
    {
        Assert.Equal(90, SteeringCommitteeSeat.TermEndingSoonDays);
    }

    [Fact]
    public void TermEndsWithin_WhenVacant_IsFalse()
    {
        var committee = NewCommittee();
        committee.Assign(1, NewOrganisation(), "Rep", TermStart, TermEnd).End(new DateOnly(2019, 11, 1));

        Assert.False(committee.Seat(1).TermEndsWithin(new DateOnly(2019, 11, 15)));
    }

    [Fact]
    public void TermEndsWithin_ForATenureNotYetStarted_IsFalse()
    {
        var committee = NewCommittee();
        committee.Assign(1, NewOrganisation(), "Rep", new DateOnly(2020, 1, 1), new DateOnly(2020, 2, 1));

        Assert.False(committee.Seat(1).TermEndsWithin(new DateOnly(2019, 12, 31)));
    }

    [Fact]
    public void End_ClosesTheTenure()
    {
        var committee = NewCommittee();
        var tenure = committee.Assign(1, NewOrganisation(), "Rep", TermStart, TermEnd);

        tenure.End(TermStart.AddDays(1));

        Assert.False(tenure.IsOpen);
        Assert.Equal(TermStart.AddDays(1), tenure.EndedOn);
        Assert.Null(committee.Seat(1).OpenTenure);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void End_OnOrBeforeTheStart_Throws(int days)
    {
        var committee = NewCommittee();
        var tenure = committee.Assign(1, NewOrganisation(), "Rep", TermStart, TermEnd);

        var error = Assert.Throws<DomainException>(() => tenure.End(TermStart.AddDays(days)));

        Assert.Equal("EndAfterStart", error.Code);
        Assert.True(tenure.IsOpen);
        Assert.Null(tenure.EndedOn);
    }

    [Fact]
    public void End_Twice_Throws()
    {
        var committee = NewCommittee();
        var tenure = committee.Assign(1, NewOrganisation(), "Rep", TermStart, TermEnd);
        tenure.End(new DateOnly(2019, 1, 1));

        var error = Assert.Throws<DomainException>(() => tenure.End(new DateOnly(2019, 2, 1)));

        Assert.Equal("TenureAlreadyEnded", error.Code);
        Assert.Equal(new DateOnly(2019, 1, 1), tenure.EndedOn);
    }

    [Fact]
    public void Renew_ToALaterDate_MovesTheTermEnd()
    {
        var committee = NewCommittee();
        var tenure = committee.Assign(1, NewOrganisation(), "Rep", TermStart, TermEnd);

        tenure.Renew(TermEnd.AddYears(2));

        Assert.Equal(TermEnd.AddYears(2), tenure.TermEndsOn);
        Assert.False(committee.Seat(1).TermEndsWithin(TermEnd.AddDays(-30)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(-400)]
    public void Renew_ToTheSameOrAnEarlierDate_Throws(int days)
    {
        var committee = NewCommittee();
        var tenure = committee.Assign(1, NewOrganisation(), "Rep", TermStart, TermEnd);

        var error = Assert.Throws<DomainException>(() => tenure.Renew(TermEnd.AddDays(days)));

        Assert.Equal("RenewalNotLater", error.Code);
        Assert.Equal(TermEnd, tenure.TermEndsOn);
    }

    [Fact]
    public void Renew_AnEndedTenure_Throws()
    {
        var committee = NewCommittee();
        var tenure = committee.Assign(1, NewOrganisation(), "Rep", TermStart, TermEnd);
        tenure.End(new DateOnly(2019, 1, 1));

        var error = Assert.Throws<DomainException>(() => tenure.Renew(TermEnd.AddYears(2)));

        Assert.Equal("TenureAlreadyEnded", error.Code);
        Assert.Equal(TermEnd, tenure.TermEndsOn);
    }

    [Fact]
    public void ChangeRepresentative_ReplacesTheName()
    {
        var tenure = NewCommittee().Assign(1, NewOrganisation(), "Grace Mwangi", TermStart, TermEnd);

        tenure.ChangeRepresentative("  Joseph Otieno ");

        Assert.Equal("Joseph Otieno", tenure.RepresentativeName);
    }

    [Fact]
    public void ChangeRepresentative_ToBlank_Throws()
    {
        var tenure = NewCommittee().Assign(1, NewOrganisation(), "Grace Mwangi", TermStart, TermEnd);

        var error = Assert.Throws<DomainException>(() => tenure.ChangeRepresentative(" "));

        Assert.Equal("Required", error.Code);
        Assert.Equal("Grace Mwangi", tenure.RepresentativeName);
    }
}
