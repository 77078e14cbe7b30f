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

        var assessment = CommitmentAssessment.Of(commitment, DateOnly.FromDateTime(DateTime.UtcNow), [], organisations);

        Assert.Equal(new DateOnly(2020, 12, 31), assessment.AssessedOn);
        Assert.Equal(CommitmentVerdict.Met, assessment.Verdict);
        Assert.True(assessment.Achieved > 60m, $"{assessment.Achieved}% of new members local or national");
        Assert.All(assessment.Evidence, e => Assert.True(e.Date >= new DateOnly(2016, 11, 1)));
    }
}
