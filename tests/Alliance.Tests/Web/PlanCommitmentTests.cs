using Alliance.Domain.Plans;
using Alliance.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Alliance.Tests.Web;

/// <summary>
/// The 2018–2020 plan's seat commitment, assessed today by its plain reading: the four seats vacant
/// on 9 March 2018 (13, 16, 18, 21), of which local, national or regional organisations held two on
/// 31 December 2020. The verdict is the deadline's, and final.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class PlanCommitmentTests(PortalFactory portal)
{
    [Fact]
    public async Task TheSeatCommitment_IsMissed_WithTheSeatsItAssessed_AsTheyStoodOnTheDeadline()
    {
        var client = await portal.SignedInClientAsync("member@alliance.test");

        var target = (await client.GetDocumentAsync("/steering-committee")).QuerySelector("[data-figure=target]")!;

        Assert.Equal("C-SEATS", target.GetAttribute("data-commitment"));
        Assert.Equal("Missed", target.QuerySelector(".verdict-badge")!.TextContent.Trim());
        Assert.Equal("2", target.QuerySelector(".commitment-number")!.TextContent);
        Assert.Contains("of 4", target.QuerySelector(".commitment-of")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("As it stood on the deadline, 12/31/2020: the verdict is final.", target.TextContent, StringComparison.Ordinal);
        Assert.Equal(["13", "16", "18", "21"], target.QuerySelectorAll(".commitment-evidence li").Select(li => li.GetAttribute("data-seat")));
        Assert.Equal(["true", "true", "false", "false"], target.QuerySelectorAll(".commitment-evidence li").Select(li => li.GetAttribute("data-counts")));
    }

    [Fact]
    public async Task TheDashboard_GivesTheSameVerdict_InFrench()
    {
        var client = await (await portal.SignedInClientAsync("member@alliance.test")).InFrenchAsync();

        var seats = (await client.GetDocumentAsync("/")).QuerySelector("#localisation-seats")!;

        Assert.Equal(("2", "4"), (seats.GetAttribute("data-value"), seats.GetAttribute("data-target")));
        Assert.Contains("Manqué", seats.TextContent, StringComparison.Ordinal);
        Assert.Contains("vacants à l’adoption du plan (09/03/2018)", seats.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheNewMembersCommitment_IsMet_OnTheDeadline_ByTheDemoDatasMembers()
    {
        await using var db = portal.ArrangeDb();
        var commitment = await db.Commitments.Include(c => c.Plan).SingleAsync(c => c.Code == "C-MEMBERS");
        var organisations = await db.Organisations.AsNoTracking().ToListAsync();

        var assessment = CommitmentAssessment.Of(commitment, DateOnly.FromDateTime(DateTime.UtcNow), new CommitmentData([], organisations, [], []));

        Assert.Equal(new DateOnly(2020, 12, 31), assessment.AssessedOn);
        Assert.Equal(CommitmentVerdict.Met, assessment.Verdict);
        Assert.True(assessment.Achieved > 60m, $"{assessment.Achieved}% of new members local or national");
        Assert.All(assessment.Evidence, e => Assert.True(e.Date >= new DateOnly(2016, 11, 1)));
    }

    [Fact]
    public async Task TheActivitiesRule_ReadsOnlyItsElementsActivities_WithTheirStatusOfTheDay_FromTheDatabase()
    {
        await using var db = portal.ArrangeDb();
        var element = await db.Objectives.SingleAsync(o => o.Code == "B" && o.Plan.Status == PlanStatus.InForce);
        var terms = new CommitmentTerms(CommitmentRule.ElementActivitiesCompleted, new DateOnly(2018, 3, 9), new DateOnly(2020, 12, 31), 50, null, element.Id);
        var live = await db.Activities.AsNoTracking().Where(a => a.ObjectiveId == element.Id && !a.IsArchived).Select(a => a.Title).ToListAsync();

        var data = await Alliance.Web.Features.Plans.CommitmentRow.LoadDataAsync(db, [terms], CancellationToken.None);
        var assessment = CommitmentAssessment.Of(terms, new DateOnly(2030, 1, 1), data);

        Assert.NotEmpty(assessment.Evidence);
        Assert.All(assessment.Evidence, e => Assert.Contains(e.Reference, live));
        Assert.Empty(data.Seats);
        Assert.Empty(data.Groups);
        Assert.Equal(new DateOnly(2020, 12, 31), assessment.AssessedOn);
        Assert.Equal(Math.Round(100m * assessment.Evidence.Count(e => e.Counts) / assessment.Evidence.Count, 1), assessment.Achieved);
    }

    [Fact]
    public async Task TheDraftStrategysCoLeadAndActivitiesCommitments_ShowTheirEvidence_ToStaff_InFrench()
    {
        var client = await (await portal.SignedInClientAsync("secretariat@alliance.test")).InFrenchAsync();

        var page = await client.GetDocumentAsync("/plans/2021-2025");

        var coLeads = page.QuerySelector("[data-commitment=L-COLEADS]")!;
        Assert.Contains("Groupes codirigés par une organisation locale ou nationale", coLeads.TextContent, StringComparison.Ordinal);
        Assert.Equal(9, coLeads.QuerySelectorAll(".commitment-evidence li").Length);
        Assert.Contains(coLeads.QuerySelectorAll(".commitment-evidence li"), li => li.GetAttribute("data-counts") == "true"
            && li.TextContent.Contains("codirigé par", StringComparison.Ordinal));
        var work = page.QuerySelector("[data-commitment=L-WORK]")!;
        Assert.Contains("Activités de Priorité stratégique 2 — Localisation achevées", work.TextContent.Replace('\u00A0', ' '), StringComparison.Ordinal);
        Assert.Contains("au moins 80", work.QuerySelector(".commitment-of")!.TextContent, StringComparison.Ordinal);
    }
}
