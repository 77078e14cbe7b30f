using Alliance.Data;
using Alliance.Data.Seeding;
using Alliance.Domain.Members;
using Alliance.Domain.Plans;
using Alliance.Domain.WorkingGroups;
using Alliance.Tests.Support;
using Alliance.Tests.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Alliance.Tests.Data;

/// <summary>The seeded database agrees with the facts of the 2018–2020 plan.</summary>
[Collection(PortalCollection.Name)]
public sealed class SeedingTests(PortalFactory portal)
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task Plan_HasThreeStrategicObjectives_AndTwoSecondaryPriorities_InBothLanguages()
    {
        await using var db = CreateContext();

        var plan = await db.StrategicPlans.Include(p => p.Objectives).ThenInclude(o => o.Kind).Include(p => p.Categories).SingleAsync(p => p.StartYear == 2018);

        Assert.Equal((2018, 2020), (plan.StartYear, plan.EndYear));
        Assert.Equal(["A", "B", "C"], plan.Objectives.Where(o => o.Kind.Code == "objective").Select(o => o.Code));
        Assert.Equal(["PREV", "CAPACITY"], plan.Objectives.Where(o => o.Kind.IsCrossCutting).Select(o => o.Code));
        Assert.Equal(("Secondary priority", "Priorité secondaire"), (plan.Objectives[3].Kind.NameEn, plan.Objectives[3].Kind.NameFr));
        Assert.All(plan.Objectives, o => Assert.Null(o.ParentId));
        Assert.All(plan.Objectives, o => Assert.NotEqual(o.StatementEn, o.StatementFr));
        Assert.Equal(5, plan.Categories.Count);
    }

    [Fact]
    public async Task NineGroups_EachWithAWorkplanOfFiveToTenActivities_AndAProgressHistory()
    {
        await using var db = CreateContext();

        var groups = await db.WorkingGroups.Select(g => new
        {
            g.Kind,
            Activities = db.Activities.Count(a => a.Workplan.WorkingGroupId == g.Id),
            Updates = db.ProgressUpdates.Count(u => u.Activity.Workplan.WorkingGroupId == g.Id),
        }).ToListAsync();

        Assert.Equal(9, groups.Count);
        Assert.Equal(3, groups.Count(g => g.Kind.Code == "working-group"));
        // The kinds of group are data, initiatives (the 2021–2025 strategy's) among them, in both languages.
        Assert.Equal([("working-group", "Groupe de travail"), ("task-force", "Groupe thématique"), ("initiative", "Initiative")],
            (await db.GroupKinds.OrderBy(k => k.SortOrder).ToListAsync()).Select(k => (k.Code, k.NameFr)));
        Assert.All(groups, g => Assert.InRange(g.Activities, 5, 10));
        Assert.All(groups, g => Assert.True(g.Updates > 0));
    }

    [Fact]
    public async Task DemoLeads_LeadTheCpmsWorkingGroup_AndTheChildLabourTaskForce()
    {
        await using var db = CreateContext();

        var leads = await db.WorkingGroupLeads
            .Join(db.Users, l => l.UserId, u => u.Id, (l, u) => new { l.WorkingGroup.Slug, u.Email })
            .ToListAsync();

        Assert.Contains(leads, l => l.Slug == "cpms" && l.Email == "lead@alliance.test");
        Assert.Contains(leads, l => l.Slug == "child-labour" && l.Email == "lead2@alliance.test");
        Assert.Equal(2, leads.Count);
    }

    [Fact]
    public async Task Members_MoreThanSixtyPercentOfNewMembersAreLocalOrNational()
    {
        await using var db = CreateContext();

        var organisations = await db.Organisations.ToListAsync();
        var newMembers = organisations.Where(o => o.IsNewMember).ToList();

        Assert.InRange(organisations.Count, 50, 70);
        Assert.All(newMembers, o => Assert.True(o.JoinedOn >= Membership.LaunchedOn));
        Assert.True(newMembers.Count(o => o.IsLocalOrNational) * 100 > newMembers.Count * 60,
            $"{newMembers.Count(o => o.IsLocalOrNational)} of {newMembers.Count} new members are local or national");
    }

    [Fact]
    public async Task SteeringCommittee_HasTwentyOneSeats_SeventeenHeldAndFourVacant()
    {
        await using var db = CreateContext();

        var seats = await db.SteeringCommitteeSeats.Include(s => s.Tenures).ThenInclude(t => t.Organisation).ToListAsync();

        Assert.Equal(Enumerable.Range(1, 21), seats.Select(s => s.Number).Order());
        Assert.Equal(17, seats.Count(s => !s.IsVacant(Today)));
        Assert.Equal(4, seats.Count(s => s.IsVacant(Today)));
        var holders = seats.Select(s => s.CurrentTenure(Today)?.OrganisationId).OfType<int>().ToList();
        Assert.Equal(holders.Count, holders.Distinct().Count());
    }

    [Fact]
    public async Task Indicators_EveryObjectiveHasARecordedAndAComputedIndicator()
    {
        await using var db = CreateContext();

        var objectives = await db.Objectives.Where(o => o.Plan.Status == PlanStatus.InForce).Include(o => o.Indicators).ThenInclude(i => i.Values).ToListAsync();

        Assert.All(objectives, o =>
        {
            Assert.Contains(o.Indicators, i => i.IsComputed);
            Assert.Contains(o.Indicators, i => !i.IsComputed && i.Values.Count > 0);
        });
    }

    [Fact]
    public async Task Initializer_RunTwice_ChangesNothing()
    {
        int Count(AllianceDbContext db) => db.Organisations.Count() + db.Activities.Count() + db.ProgressUpdates.Count()
            + db.SeatTenures.Count() + db.Users.Count() + db.StrategicPlans.Count() + db.CategoriesOfWork.Count() + db.IndicatorValues.Count();
        int before;
        await using (var db = CreateContext())
        {
            before = Count(db);
        }

        await using (var scope = portal.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(isDevelopment: true);
        }

        await using var after = CreateContext();
        Assert.Equal(before, Count(after));
    }

    private AllianceDbContext CreateContext() =>
        portal.ArrangeDb();
}
