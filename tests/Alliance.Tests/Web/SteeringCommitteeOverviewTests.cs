using Alliance.Domain.Members;
using Alliance.Domain.Plans;
using Alliance.Domain.SteeringCommittee;
using Alliance.Web.Features.Plans;
using Alliance.Web.Features.SteeringCommittee;

using static Alliance.Tests.Domain.DomainBuilders;

namespace Alliance.Tests.Web;

/// <summary>What the seat pages and downloads show, derived from the domain's seats on a given day.</summary>
public class SteeringCommitteeOverviewTests
{
    private static readonly DateOnly Today = new(2019, 11, 1);

    [Fact]
    public void Figures_CountHeldVacantAndLocalSeats_AndHowLongEachSeatHasBeenVacant()
    {
        var committee = NewCommittee();
        for (var n = 1; n <= 15; n++)
        {
            committee.Assign(n, NewOrganisation($"International {n}", OrganisationScope.Global, joinedOn: new DateOnly(2015, 1, 1)), "Rep", new DateOnly(2017, 1, 1), new DateOnly(2021, 1, 1));
        }
        committee.Assign(16, NewOrganisation("Regional network", OrganisationScope.Regional), "Rep", new DateOnly(2018, 6, 1), new DateOnly(2021, 6, 1));
        committee.Assign(17, NewOrganisation("Local association", OrganisationScope.Local), "Rep", new DateOnly(2019, 2, 1), new DateOnly(2022, 2, 1));
        committee.Assign(18, NewOrganisation("Departed", joinedOn: new DateOnly(2015, 1, 1)), "Rep", new DateOnly(2016, 1, 1), new DateOnly(2019, 1, 1)).End(new DateOnly(2019, 10, 2));

        var commitment = new CommitmentRow("SEATS", new LocalizedText("Seats", "Sièges"),
            new CommitmentTerms(CommitmentRule.VacantSeatsFilled, new DateOnly(2018, 3, 9), new DateOnly(2020, 12, 31), null, null), null);

        var figures = SteeringCommitteeService.Overview([.. committee.Seats], [commitment], Today, canManage: false).Figures;

        Assert.Equal((21, 17, 4, 2), (figures.Seats, figures.Held, figures.Vacant, figures.HeldByLocalNationalOrRegional));
        Assert.Equal(
            [new Vacancy(18, new DateOnly(2019, 10, 2), 30), new Vacancy(19, null, null), new Vacancy(20, null, null), new Vacancy(21, null, null)],
            figures.Vacancies);
        // Vacant on 9 March 2018: 16, 17 (filled since by a regional and a local organisation), 19, 20 and 21.
        var seats = Assert.Single(figures.SeatCommitments).Assessment;
        Assert.Equal((2m, 5m, CommitmentVerdict.Open), (seats.Achieved, seats.Required, seats.Verdict));
        Assert.Equal(["16", "17", "19", "20", "21"], seats.Evidence.Select(e => e.Reference));
    }

    [Fact]
    public void AsOfAPastDay_TheCommitteeShowsWhatStoodThen_NeitherLaterTenuresNorLaterEnds()
    {
        var committee = NewCommittee();
        committee.Assign(1, NewOrganisation("Ended later", joinedOn: new DateOnly(2015, 1, 1)), "Rep", new DateOnly(2016, 1, 1), new DateOnly(2020, 1, 1)).End(new DateOnly(2019, 10, 2));
        committee.Assign(1, NewOrganisation("Came later", OrganisationScope.Local), "Rep", new DateOnly(2019, 10, 15), new DateOnly(2022, 10, 15));
        committee.Assign(2, NewOrganisation("Starts later", OrganisationScope.National), "Rep", new DateOnly(2019, 12, 1), new DateOnly(2022, 12, 1));
        var day = new DateOnly(2019, 6, 30);

        var overview = SteeringCommitteeService.Overview([.. committee.Seats], [], day, canManage: true, asOf: true);

        Assert.Equal(day, overview.AsOf);
        var seat1 = overview.Seats[0];
        Assert.Equal("Ended later", Assert.Single(seat1.History).Holder.Name);
        Assert.Null(seat1.History[0].EndedOn);
        Assert.False(seat1.IsVacant);
        var seat2 = overview.Seats[1];
        Assert.Empty(seat2.History);
        Assert.Null(seat2.Incoming);
        Assert.True(seat2.IsVacant);
    }

    [Fact]
    public void Seats_AreListedByNumber_WithTheirStateForTheGrid()
    {
        var committee = NewCommittee();
        committee.Assign(2, NewOrganisation("Global NGO", OrganisationScope.Global), "Rep", new DateOnly(2018, 1, 1), new DateOnly(2021, 1, 1));
        committee.Assign(1, NewOrganisation("National NGO", OrganisationScope.National), "Rep", new DateOnly(2018, 1, 1), new DateOnly(2021, 1, 1));

        var seats = SteeringCommitteeService.Overview([.. committee.Seats.Reverse()], [], Today, canManage: true).Seats;

        Assert.Equal(Enumerable.Range(1, 21), seats.Select(s => s.Number));
        Assert.Equal([SeatState.HeldByLocalNationalOrRegional, SeatState.HeldByInternational, SeatState.Vacant], seats.Take(3).Select(s => s.State));
    }

    public static TheoryData<string, SeatStatus> Statuses => new()
    {
        { "held", SeatStatus.Held },
        { "term ends in 90 days", SeatStatus.TermEndingSoon },
        { "term ended yesterday", SeatStatus.TermOverdue },
        { "leaves next month", SeatStatus.Leaving },
        { "left", SeatStatus.Vacant },
        { "never held", SeatStatus.NeverHeld },
        { "first holder comes next month", SeatStatus.NeverHeld },
    };

    [Theory]
    [MemberData(nameof(Statuses))]
    public void Status_SaysWhatTheSecretariatMustKnowAboutTheSeat(string situation, SeatStatus expected)
    {
        var committee = NewCommittee();
        var start = new DateOnly(2018, 1, 1);
        var organisation = NewOrganisation();
        switch (situation)
        {
            case "held": committee.Assign(1, organisation, "Rep", start, Today.AddDays(91)); break;
            case "term ends in 90 days": committee.Assign(1, organisation, "Rep", start, Today.AddDays(90)); break;
            case "term ended yesterday": committee.Assign(1, organisation, "Rep", start, Today.AddDays(-1)); break;
            case "leaves next month": committee.Assign(1, organisation, "Rep", start, Today.AddYears(1)).End(Today.AddMonths(1)); break;
            case "left": committee.Assign(1, organisation, "Rep", start, Today.AddYears(1)).End(Today); break;
            case "first holder comes next month": committee.Assign(1, organisation, "Rep", Today.AddMonths(1), Today.AddYears(3)); break;
        }

        var row = SteeringCommitteeService.Row(committee.Seat(1), Today);

        Assert.Equal(expected, row.Status(Today));
        Assert.Equal(expected is SeatStatus.Vacant or SeatStatus.NeverHeld, row.IsVacant);
    }

    [Fact]
    public void ASeatWhoseNextHolderIsRecorded_ShowsThemAsIncoming_AndItsHistoryNewestFirst()
    {
        var committee = NewCommittee();
        committee.Assign(7, NewOrganisation("Leaving company", OrganisationScope.Global), "Ahmed Rahimi", new DateOnly(2017, 3, 1), new DateOnly(2020, 2, 28))
            .End(new DateOnly(2019, 6, 30));
        committee.Assign(7, NewOrganisation("Jordanian society"), "Nour Haddad", new DateOnly(2019, 9, 1), new DateOnly(2022, 8, 31));

        var row = SteeringCommitteeService.Row(committee.Seat(7), new DateOnly(2019, 7, 15));

        Assert.True(row.IsVacant);
        Assert.Equal(new DateOnly(2019, 6, 30), row.VacantSince);
        Assert.Equal("Jordanian society", row.Incoming!.Holder.Name);
        Assert.Equal(["Jordanian society", "Leaving company"], row.History.Select(t => t.Holder.Name));
        Assert.Null(SteeringCommitteeService.Row(committee.Seat(7), new DateOnly(2019, 9, 1)).Incoming);
    }
}
