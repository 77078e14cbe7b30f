using Alliance.Domain;
using Alliance.Domain.Members;
using Alliance.Domain.Plans;
using Alliance.Domain.SteeringCommittee;

using static Alliance.Tests.Domain.DomainBuilders;

namespace Alliance.Tests.Domain;

/// <summary>A plan's commitments, assessed from the portal's data by the rule each names (decision 0017).</summary>
public class CommitmentAssessmentTests
{
    private static readonly DateOnly Adopted = new(2018, 3, 9);
    private static readonly DateOnly Deadline = new(2020, 12, 31);
    private static readonly DateOnly BeforeDeadline = new(2019, 6, 30);
    private static readonly DateOnly AfterDeadline = new(2023, 1, 1);

    [Fact]
    public void TheSeatsCounted_AreThoseVacantOnTheAdoptionDay_NotSeatsThatChangedHandsLater()
    {
        var committee = NewCommittee();
        // Held through the adoption day, then handed to a local organisation: not one of the plan's vacant seats.
        committee.Assign(1, NewOrganisation("Global NGO", OrganisationScope.Global, new DateOnly(2015, 1, 1)), "Rep", new DateOnly(2016, 1, 1), new DateOnly(2019, 1, 1)).End(new DateOnly(2018, 6, 30));
        committee.Assign(1, NewOrganisation("Local association", OrganisationScope.Local), "Rep", new DateOnly(2018, 7, 1), new DateOnly(2021, 7, 1));
        FillAllBut(committee, 1, 2, 3);

        var assessment = CommitmentAssessment.VacantSeatsFilled(Adopted, Deadline, BeforeDeadline, committee.Seats);

        Assert.Equal(["2", "3"], assessment.Evidence.Select(e => e.Reference));
        Assert.Equal((0m, 2m), (assessment.Achieved, assessment.Required));
        Assert.Equal(CommitmentVerdict.Open, assessment.Verdict);
    }

    [Fact]
    public void ASeatWhoseTenureStartsOnTheAdoptionDay_IsNotVacantThen_AndOneWhoseTenureEndsThatDay_Is()
    {
        var committee = NewCommittee();
        FillAllBut(committee, 1, 2);
        committee.Assign(1, NewOrganisation("Starts that day", OrganisationScope.Global), "Rep", Adopted, new DateOnly(2021, 3, 9));
        committee.Assign(2, NewOrganisation("Ends that day", OrganisationScope.Global, new DateOnly(2015, 1, 1)), "Rep", new DateOnly(2015, 3, 9), Adopted).End(Adopted);

        var assessment = CommitmentAssessment.VacantSeatsFilled(Adopted, Deadline, BeforeDeadline, committee.Seats);

        Assert.Equal(["2"], assessment.Evidence.Select(e => e.Reference));
    }

    [Fact]
    public void AVacantSeat_CountsWhenALocalNationalOrRegionalOrganisationHoldsIt_AndTheEvidenceNamesEveryHolder()
    {
        var committee = NewCommittee();
        FillAllBut(committee, 1, 2, 3, 4);
        committee.Assign(1, NewOrganisation("Regional network", OrganisationScope.Regional), "Rep", new DateOnly(2018, 4, 1), new DateOnly(2021, 4, 1));
        committee.Assign(2, NewOrganisation("Global NGO", OrganisationScope.Global), "Rep", new DateOnly(2018, 5, 1), new DateOnly(2021, 5, 1));
        committee.Assign(3, NewOrganisation("Local association", OrganisationScope.Local), "Rep", new DateOnly(2019, 2, 1), new DateOnly(2022, 2, 1));

        var assessment = CommitmentAssessment.VacantSeatsFilled(Adopted, Deadline, AfterDeadline, committee.Seats);

        Assert.Equal(
            [
                new CommitmentEvidence("1", true, "Regional network", new DateOnly(2018, 4, 1)),
                new CommitmentEvidence("2", false, "Global NGO", new DateOnly(2018, 5, 1)),
                new CommitmentEvidence("3", true, "Local association", new DateOnly(2019, 2, 1)),
                new CommitmentEvidence("4", false, null, null),
            ],
            assessment.Evidence);
        Assert.Equal((2m, 4m), (assessment.Achieved, assessment.Required));
        Assert.Equal(CommitmentVerdict.Missed, assessment.Verdict);
        Assert.Equal(Deadline, assessment.AssessedOn);
    }

    [Fact]
    public void ATenureStartingOnTheDeadline_Counts_AndOneEndingOnTheDeadline_DoesNot()
    {
        var committee = NewCommittee();
        FillAllBut(committee, 1, 2);
        committee.Assign(1, NewOrganisation("Just in time", OrganisationScope.National), "Rep", Deadline, new DateOnly(2023, 12, 31));
        committee.Assign(2, NewOrganisation("Left on the day", OrganisationScope.National), "Rep", new DateOnly(2019, 1, 1), new DateOnly(2022, 1, 1)).End(Deadline);

        var assessment = CommitmentAssessment.VacantSeatsFilled(Adopted, Deadline, Deadline, committee.Seats);

        Assert.Equal([true, false], assessment.Evidence.Select(e => e.Counts));
        Assert.Equal(CommitmentVerdict.Missed, assessment.Verdict);
    }

    [Fact]
    public void EverySeatFilledBeforeTheDeadline_IsMet_AndStaysSo_WhateverHappensAfterTheDeadline()
    {
        var committee = NewCommittee();
        FillAllBut(committee, 1);
        committee.Assign(1, NewOrganisation("Local association", OrganisationScope.Local), "Rep", new DateOnly(2019, 2, 1), new DateOnly(2022, 2, 1))
            .End(new DateOnly(2021, 6, 30));
        committee.Assign(1, NewOrganisation("Global NGO", OrganisationScope.Global), "Rep", new DateOnly(2021, 7, 1), new DateOnly(2024, 7, 1));

        Assert.Equal(CommitmentVerdict.Met, CommitmentAssessment.VacantSeatsFilled(Adopted, Deadline, BeforeDeadline, committee.Seats).Verdict);
        Assert.Equal(CommitmentVerdict.Met, CommitmentAssessment.VacantSeatsFilled(Adopted, Deadline, AfterDeadline, committee.Seats).Verdict);
    }

    [Fact]
    public void ASeatFilledAfterTheDeadline_DoesNotCount()
    {
        var committee = NewCommittee();
        FillAllBut(committee, 1);
        committee.Assign(1, NewOrganisation("Too late", OrganisationScope.Local), "Rep", Deadline.AddDays(1), new DateOnly(2024, 1, 1));

        var assessment = CommitmentAssessment.VacantSeatsFilled(Adopted, Deadline, AfterDeadline, committee.Seats);

        Assert.Equal(CommitmentVerdict.Missed, assessment.Verdict);
        Assert.Equal(0m, assessment.Achieved);
    }

    [Fact]
    public void NewMembers_CountFromTheirDay_OnlyWhileMembers_AndTheShareIsOfThoseOnTheDayAssessed()
    {
        var since = new DateOnly(2016, 11, 1);
        var left = NewOrganisation("Left national", OrganisationScope.National, new DateOnly(2017, 1, 1));
        left.RecordLeaving(new DateOnly(2018, 1, 1));
        Organisation[] organisations =
        [
            NewOrganisation("Day before", OrganisationScope.Global, since.AddDays(-1)),
            NewOrganisation("On the day", OrganisationScope.Local, since),
            NewOrganisation("Global later", OrganisationScope.Global, new DateOnly(2017, 5, 1)),
            NewOrganisation("National later", OrganisationScope.National, new DateOnly(2018, 5, 1)),
            NewOrganisation("Joins after the day assessed", OrganisationScope.Global, new DateOnly(2019, 8, 1)),
            left,
        ];

        var assessment = CommitmentAssessment.NewMembersLocalShare(since, 60, Deadline, BeforeDeadline, organisations);

        Assert.Equal(["On the day", "Global later", "National later"], assessment.Evidence.Select(e => e.Reference));
        Assert.Equal(66.7m, assessment.Achieved);
        Assert.Equal(CommitmentVerdict.OnTrack, assessment.Verdict);
        Assert.Equal(CommitmentVerdict.Met, CommitmentAssessment.NewMembersLocalShare(since, 60, Deadline, AfterDeadline, organisations[..4]).Verdict);
    }

    [Fact]
    public void AShareBelowTheThreshold_IsBehind_ThenMissed_AndExactlyTheThreshold_Holds()
    {
        var since = new DateOnly(2016, 11, 1);
        Organisation[] half = [NewOrganisation("Local", OrganisationScope.Local, new DateOnly(2017, 1, 1)), NewOrganisation("Global", OrganisationScope.Global, new DateOnly(2017, 1, 1))];

        Assert.Equal(CommitmentVerdict.Behind, CommitmentAssessment.NewMembersLocalShare(since, 60, Deadline, BeforeDeadline, half).Verdict);
        Assert.Equal(CommitmentVerdict.Missed, CommitmentAssessment.NewMembersLocalShare(since, 60, Deadline, Deadline, half).Verdict);
        Assert.Equal(CommitmentVerdict.Met, CommitmentAssessment.NewMembersLocalShare(since, 50, Deadline, Deadline, half).Verdict);
        Assert.Equal(CommitmentVerdict.Behind, CommitmentAssessment.NewMembersLocalShare(since, 60, Deadline, BeforeDeadline, []).Verdict);
    }

    [Fact]
    public void APlanCommitment_IsAssessedByItsRule_WithThePlansAdoptionDay()
    {
        var plan = NewPlan();
        var seats = plan.AddCommitment("c-seats", CommitmentRule.VacantSeatsFilled, new LocalizedText("Seats", "Sièges"), Deadline);
        var committee = NewCommittee();
        FillAllBut(committee, 7);

        var assessment = CommitmentAssessment.Of(seats, BeforeDeadline, CommitmentData.OfSeats(committee.Seats));

        Assert.Equal("C-SEATS", seats.Code);
        Assert.Equal(["7"], assessment.Evidence.Select(e => e.Reference));
    }

    [Fact]
    public void ACommitment_NeedsWhatItsRuleReads_AndACodeOfItsOwn()
    {
        var plan = NewPlan();
        var text = new LocalizedText("Promise", "Promesse");
        plan.AddCommitment("SEATS", CommitmentRule.VacantSeatsFilled, text, Deadline);

        Assert.Equal("CommitmentDeadlineBeforeAdoption",
            Assert.Throws<DomainException>(() => plan.AddCommitment("EARLY", CommitmentRule.VacantSeatsFilled, text, Adopted.AddDays(-1))).Code);
        Assert.Equal("CommitmentShareOutOfRange",
            Assert.Throws<DomainException>(() => plan.AddCommitment("SHARE", CommitmentRule.NewMembersLocalShare, text, Deadline, 120, Adopted)).Code);
        Assert.Equal("CommitmentSinceRequired",
            Assert.Throws<DomainException>(() => plan.AddCommitment("SINCE", CommitmentRule.NewMembersLocalShare, text, Deadline, 60)).Code);
        Assert.Equal("DuplicateCommitmentCode",
            Assert.Throws<DomainException>(() => plan.AddCommitment("seats", CommitmentRule.VacantSeatsFilled, text, Deadline)).Code);
        Assert.Single(plan.Commitments);
    }

    /// <summary>Every seat but <paramref name="vacant"/> held by a global organisation since 2016, through the deadline.</summary>
    private static void FillAllBut(Committee committee, params int[] vacant)
    {
        foreach (var seat in committee.Seats.Where(s => !vacant.Contains(s.Number)))
        {
            committee.Assign(seat.Number, NewOrganisation($"Global holder {seat.Number}", OrganisationScope.Global, new DateOnly(2015, 1, 1)), "Rep",
                new DateOnly(2016, 1, 1), new DateOnly(2026, 1, 1));
        }
    }
}
